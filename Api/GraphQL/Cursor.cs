using System.Buffers.Text;
using System.Text;

namespace Sipas.Api.GraphQL;

/// <summary>
/// Opaque Relay cursors: <c>kind:id</c> in base64url, so a cursor of one list is refused by another (the kind
/// differs) and clients are not tempted to build them.
/// </summary>
internal static class Cursor
{
    public static string Encode(string kind, string id) => Base64Url.EncodeToString(Encoding.UTF8.GetBytes($"{kind}:{id}"));

    /// <summary>The id a cursor of <paramref name="kind"/> holds, or null when it is not one.</summary>
    public static string? Decode(string kind, string cursor)
    {
        var bytes = new byte[Base64Url.GetMaxDecodedLength(cursor.Length)];
        if (Base64Url.DecodeFromChars(cursor, bytes, out _, out var written) != System.Buffers.OperationStatus.Done)
        {
            return null;
        }

        var text = Encoding.UTF8.GetString(bytes, 0, written);
        return text.StartsWith(kind + ":", StringComparison.Ordinal) ? text[(kind.Length + 1)..] : null;
    }
}
