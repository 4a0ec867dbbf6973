using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace Sipas.GraphQL.Http;

/// <summary>Chooses the response format from the Accept header (GraphQL over HTTP, section "Accept").</summary>
internal static class AcceptNegotiator
{
    /// <summary>The highest-weighted supported media type; ties go to the one listed first; no header means JSON.</summary>
    public static ResponseFormat Negotiate(StringValues accept)
    {
        if (StringValues.IsNullOrEmpty(accept) || !MediaTypeHeaderValue.TryParseList(accept, out var values) || values.Count == 0)
        {
            return StringValues.IsNullOrEmpty(accept) ? ResponseFormat.Json : ResponseFormat.None;
        }

        var best = ResponseFormat.None;
        var bestQuality = 0.0;
        foreach (var value in values)
        {
            var format = FormatOf(value);
            var quality = value.Quality ?? 1.0;
            if (format != ResponseFormat.None && quality > bestQuality)
            {
                best = format;
                bestQuality = quality;
            }
        }

        return best;
    }

    /// <summary>Whether the client explicitly asks for an HTML page (a browser opening the endpoint).</summary>
    public static bool AcceptsHtml(HttpRequest request)
    {
        if (!MediaTypeHeaderValue.TryParseList(request.Headers.Accept, out var values))
        {
            return false;
        }

        foreach (var value in values)
        {
            if (value.MediaType.Equals("text/html", StringComparison.OrdinalIgnoreCase) && (value.Quality ?? 1.0) > 0)
            {
                return true;
            }
        }

        return false;
    }

    private static ResponseFormat FormatOf(MediaTypeHeaderValue value)
    {
        var mediaType = value.MediaType;
        if (mediaType.Equals(GraphQLMediaType.GraphQLResponseJson, StringComparison.OrdinalIgnoreCase))
        {
            return ResponseFormat.GraphQLResponseJson;
        }

        // Wildcards get the legacy format, which every client understands.
        return mediaType.Equals(GraphQLMediaType.Json, StringComparison.OrdinalIgnoreCase)
            || mediaType.Equals("application/*", StringComparison.OrdinalIgnoreCase)
            || mediaType.Equals("*/*", StringComparison.OrdinalIgnoreCase)
            ? ResponseFormat.Json
            : ResponseFormat.None;
    }
}
