using System.Text.RegularExpressions;

namespace Sipas.Grains.Responses;

/// <summary>
/// Removes personal numbers from free text before it is stored: Vietnamese phone numbers (+84, 0084 or 0, then 9–10
/// digits, possibly grouped with spaces, dots or dashes) and 12-digit citizen ID numbers (CCCD). Dates
/// (01-07-2025), times, dossier numbers that contain letters and short numbers stay.
/// </summary>
public static partial class CommentScrubber
{
    /// <summary>What replaces a removed number.</summary>
    public const string Placeholder = "[đã ẩn]";

    /// <summary>Returns <paramref name="comment"/> with phone and CCCD numbers replaced by <see cref="Placeholder"/>.</summary>
    public static string? Scrub(string? comment)
    {
        if (string.IsNullOrEmpty(comment))
        {
            return comment;
        }

        // CCCD first: 12 digits starting with 0 would otherwise look like a long phone number prefix.
        var withoutIds = CitizenId().Replace(comment, Placeholder);
        return Phone().Replace(withoutIds, Placeholder);
    }

    /// <summary>12 digits, alone (not inside a longer number or a code with letters).</summary>
    [GeneratedRegex(@"(?<![\p{L}\d])\d{12}(?![\p{L}\d])", RegexOptions.CultureInvariant)]
    private static partial Regex CitizenId();

    // (?!dd-dd-dddd) keeps dates; the trailing guard keeps times (08:30) and alphanumeric codes.
    [GeneratedRegex(
        @"(?<![\p{L}\d+])(?!\d{2}[-./]\d{2}[-./]\d{4})(?:\+84|0084|0)[ .\-]?(?:\(0\)[ .\-]?)?(?:\d[ .\-]?){8,9}\d(?![\p{L}\d:/])",
        RegexOptions.CultureInvariant)]
    private static partial Regex Phone();
}
