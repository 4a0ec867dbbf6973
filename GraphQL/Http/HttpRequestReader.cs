using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Net.Http.Headers;

namespace Sipas.GraphQL.Http;

/// <summary>Reads the GraphQL request parameters of GraphQL over HTTP from a GET query string or a JSON POST body.</summary>
internal static class HttpRequestReader
{
    private static readonly JsonDocumentOptions DocumentOptions = new() { MaxDepth = 256 };

    public static ParsedHttpRequest ReadGet(HttpRequest request)
    {
        var query = request.Query["query"];
        if (query.Count == 0 || query[0] is null)
        {
            return ParsedHttpRequest.BadRequest("Missing query.");
        }

        var variables = ParseJsonParameter(request.Query["variables"], "variables", out var variablesError);
        if (variablesError is not null)
        {
            return ParsedHttpRequest.BadRequest(variablesError, variables);
        }

        var extensions = ParseJsonParameter(request.Query["extensions"], "extensions", out var extensionsError);
        if (extensionsError is not null)
        {
            return ParsedHttpRequest.BadRequest(extensionsError, variables, extensions);
        }

        var operationName = request.Query["operationName"];
        var graphQLRequest = new GraphQLRequest(
            query[0]!,
            string.IsNullOrEmpty(operationName) ? null : operationName[0],
            ObjectOrNull(variables),
            ObjectOrNull(extensions));
        return ParsedHttpRequest.Success(graphQLRequest, variables, extensions);
    }

    public static async Task<ParsedHttpRequest> ReadPostAsync(HttpContext context, long maxBodyBytes, CancellationToken cancellationToken)
    {
        var contentTypeError = CheckContentType(context.Request.ContentType);
        if (contentTypeError is not null)
        {
            return ParsedHttpRequest.Failure(contentTypeError);
        }

        if (context.Request.ContentLength > maxBodyBytes)
        {
            return ParsedHttpRequest.Failure(TooLarge(maxBodyBytes));
        }

        var sizeFeature = context.Features.Get<IHttpMaxRequestBodySizeFeature>();
        if (sizeFeature is { IsReadOnly: false })
        {
            sizeFeature.MaxRequestBodySize = maxBodyBytes;
        }

        JsonDocument document;
        try
        {
            document = await JsonDocument.ParseAsync(context.Request.Body, DocumentOptions, cancellationToken);
        }
        catch (JsonException exception)
        {
            return ParsedHttpRequest.BadRequest($"The request body is not valid JSON: {exception.Message}");
        }
        catch (BadHttpRequestException exception) when (exception.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return ParsedHttpRequest.Failure(TooLarge(maxBodyBytes));
        }

        return FromBody(document);
    }

    private static ParsedHttpRequest FromBody(JsonDocument document)
    {
        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object)
        {
            return ParsedHttpRequest.BadRequest("The request body must be a JSON object.", document);
        }

        if (JsonText.FindInvalid(root, "request body") is { } invalid)
        {
            return ParsedHttpRequest.BadRequest(invalid, document);
        }

        if (!root.TryGetProperty("query", out var query) || query.ValueKind == JsonValueKind.Null)
        {
            return ParsedHttpRequest.BadRequest("Missing query.", document);
        }

        if (query.ValueKind != JsonValueKind.String)
        {
            return ParsedHttpRequest.BadRequest("Invalid query: expected a string.", document);
        }

        string? operationName = null;
        if (root.TryGetProperty("operationName", out var name) && name.ValueKind != JsonValueKind.Null)
        {
            if (name.ValueKind != JsonValueKind.String)
            {
                return ParsedHttpRequest.BadRequest("Invalid operationName: expected a string or null.", document);
            }

            operationName = name.GetString();
        }

        var variables = OptionalObject(root, "variables", out var variablesError);
        var extensions = OptionalObject(root, "extensions", out var extensionsError);
        var error = variablesError ?? extensionsError;
        return error is not null
            ? ParsedHttpRequest.BadRequest(error, document)
            : ParsedHttpRequest.Success(new GraphQLRequest(query.GetString()!, operationName, variables, extensions), document);
    }

    private static JsonElement? OptionalObject(JsonElement root, string name, out string? error)
    {
        error = null;
        if (!root.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.Object)
        {
            error = $"Invalid {name}: expected an object or null.";
            return null;
        }

        return value;
    }

    private static JsonDocument? ParseJsonParameter(Microsoft.Extensions.Primitives.StringValues values, string name, out string? error)
    {
        error = null;
        if (values.Count == 0 || string.IsNullOrEmpty(values[0]))
        {
            return null;
        }

        try
        {
            var document = JsonDocument.Parse(values[0]!, DocumentOptions);
            var kind = document.RootElement.ValueKind;
            if (kind is not (JsonValueKind.Object or JsonValueKind.Null))
            {
                error = $"Invalid {name}: expected a JSON object or null.";
            }
            else
            {
                error = JsonText.FindInvalid(document.RootElement, name);
            }

            return document;
        }
        catch (JsonException exception)
        {
            error = $"Invalid {name}: not valid JSON: {exception.Message}";
            return null;
        }
    }

    private static JsonElement? ObjectOrNull(JsonDocument? document) =>
        document is { RootElement.ValueKind: JsonValueKind.Object } ? document.RootElement : null;

    private static HttpRequestError? CheckContentType(string? contentType)
    {
        if (string.IsNullOrEmpty(contentType))
        {
            return new HttpRequestError(StatusCodes.Status415UnsupportedMediaType, "Missing Content-Type: send the request as application/json.");
        }

        if (!MediaTypeHeaderValue.TryParse(contentType, out var mediaType)
            || !mediaType.MediaType.Equals(GraphQLMediaType.Json, StringComparison.OrdinalIgnoreCase))
        {
            return new HttpRequestError(StatusCodes.Status415UnsupportedMediaType, $"Unsupported Content-Type \"{contentType}\": send the request as application/json.");
        }

        var charset = mediaType.Charset;
        return charset.HasValue && !charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase)
            ? new HttpRequestError(StatusCodes.Status415UnsupportedMediaType, $"Unsupported charset \"{charset}\": send UTF-8.")
            : null;
    }

    private static HttpRequestError TooLarge(long maxBodyBytes) =>
        new(StatusCodes.Status413PayloadTooLarge, $"The request body is larger than {maxBodyBytes} bytes.");
}
