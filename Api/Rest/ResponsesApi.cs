using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;
using Sipas.Api.Ingestion;
using Sipas.Api.Limits;
using Sipas.Api.Live;
using Sipas.Grains.Access;
using Sipas.Grains.Live;

namespace Sipas.Api.Rest;

/// <summary><c>POST /api/v1/responses</c>: one response object or an array of up to 1,000.</summary>
public static class ResponsesApi
{
    public static IEndpointRouteBuilder MapResponses(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/v1/responses", SubmitAsync)
            .WithName("SubmitResponses")
            .WithSummary("Submit one response or a batch of up to 1,000")
            .WithDescription("Replies 202 with a result per item in input order (accepted, duplicate, rejected with reasons) once the accepted items are durably committed.")
            .Accepts<JsonElement>("application/json")
            .Produces<SubmitResult>(StatusCodes.Status202Accepted)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status429TooManyRequests)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable)
            .RequireAuthorization()
            .RequireRateLimiting(RateLimits.Ingest);

        // A body that is not JSON misses the endpoint above (its Accepts metadata) and routing would answer a bare 415.
        app.MapPost("/api/v1/responses", (HttpContext http) => Problem(StatusCodes.Status415UnsupportedMediaType, "Unsupported media type",
                $"The body must be JSON sent with 'Content-Type: application/json'; this request has {(http.Request.ContentType is { } type ? $"'{type}'" : "no Content-Type")}."))
            .WithOrder(1)
            .ExcludeFromDescription()
            .RequireAuthorization();
        return app;
    }

    private static async Task<Results<Accepted<SubmitResult>, ProblemHttpResult>> SubmitAsync(
        HttpContext http, IngestionService ingestion, UnitDirectory directory, Readiness readiness, IOptions<IngestionOptions> options, CancellationToken cancellationToken)
    {
        if (!readiness.IsReady)
        {
            http.Response.Headers.RetryAfter = "5";
            return Problem(StatusCodes.Status503ServiceUnavailable, "Starting up", "The silo is recovering its aggregates; retry in a few seconds.");
        }

        var limits = options.Value;
        if (http.Request.ContentLength > limits.MaxBodyBytes)
        {
            return TooLarge(limits);
        }

        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } sizeFeature)
        {
            sizeFeature.MaxRequestBodySize = limits.MaxBodyBytes;
        }

        JsonDocument document;
        try
        {
            document = await JsonDocument.ParseAsync(http.Request.Body, new JsonDocumentOptions { MaxDepth = 16 }, cancellationToken);
        }
        catch (JsonException exception)
        {
            var where = $"line {exception.LineNumber + 1}, byte {exception.BytePositionInLine + 1}";
            return Problem(StatusCodes.Status400BadRequest, "Malformed JSON", $"The body is not valid JSON at {where}: {exception.Message}");
        }
        catch (BadHttpRequestException exception) when (exception.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return TooLarge(limits);
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind == JsonValueKind.Array && root.GetArrayLength() > limits.MaxBatchSize)
            {
                return Problem(StatusCodes.Status413PayloadTooLarge, "Batch too large",
                    $"The batch has {root.GetArrayLength()} responses; send at most {limits.MaxBatchSize} per request.");
            }

            if (root.ValueKind is not (JsonValueKind.Array or JsonValueKind.Object))
            {
                return Problem(StatusCodes.Status400BadRequest, "Unexpected JSON", "Send one response object or an array of response objects.");
            }

            var items = root.ValueKind == JsonValueKind.Array
                ? root.EnumerateArray().Select(ResponseJsonReader.Read).ToList()
                : [ResponseJsonReader.Read(root)];
            var caller = Caller.From(http.User)!;
            var results = await ingestion.SubmitAsync(items, unit => caller.CanSubmitFor(directory.Tree, unit), cancellationToken);
            return TypedResults.Accepted((string?)null, new SubmitResult(results));
        }
    }

    private static ProblemHttpResult TooLarge(IngestionOptions limits) =>
        Problem(StatusCodes.Status413PayloadTooLarge, "Body too large", $"The body exceeds {limits.MaxBodyBytes:N0} bytes; split it into smaller batches.");

    private static ProblemHttpResult Problem(int status, string title, string detail) =>
        TypedResults.Problem(detail, statusCode: status, title: title);
}
