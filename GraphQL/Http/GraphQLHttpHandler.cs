using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Sipas.GraphQL.Language;
using Sipas.GraphQL.WebSockets;

namespace Sipas.GraphQL.Http;

/// <summary>Serves one GraphQL endpoint: GraphQL over HTTP (GET, POST), graphql-transport-ws upgrades and the IDE page.</summary>
internal sealed partial class GraphQLHttpHandler
{
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, SkipValidation = true };
    private readonly GraphQLExecutor _executor;
    private readonly GraphQLEndpointOptions _options;
    private readonly IdeAssets _ide;
    private readonly GraphQLWebSocketHandler _webSockets;
    private readonly ILogger _logger;

    public GraphQLHttpHandler(GraphQLExecutor executor, GraphQLEndpointOptions options, IdeAssets ide, ILoggerFactory loggerFactory, TimeProvider timeProvider)
    {
        _executor = executor;
        _options = options;
        _ide = ide;
        _logger = loggerFactory.CreateLogger("Sipas.GraphQL.Http");
        _webSockets = new GraphQLWebSocketHandler(executor, options.WebSockets, loggerFactory.CreateLogger("Sipas.GraphQL.WebSockets"), timeProvider);
    }

    public Task HandleAsync(HttpContext context)
    {
        if (context.WebSockets.IsWebSocketRequest)
        {
            return _options.EnableWebSockets
                ? _webSockets.HandleAsync(context)
                : WriteErrorAsync(context, ResponseFormat.Json, new HttpRequestError(StatusCodes.Status400BadRequest, "WebSocket requests are not enabled on this endpoint."));
        }

        if (HttpMethods.IsPost(context.Request.Method))
        {
            return HandlePostAsync(context);
        }

        if (HttpMethods.IsGet(context.Request.Method))
        {
            return HandleGetAsync(context);
        }

        var allow = _options.EnableGetRequests ? "GET, POST" : "POST";
        return WriteErrorAsync(context, ResponseFormat.Json, new HttpRequestError(StatusCodes.Status405MethodNotAllowed, $"Method {context.Request.Method} is not allowed: use {allow}.", allow));
    }

    private Task HandleGetAsync(HttpContext context)
    {
        if (_options.EnableIde && _ide.IsAvailable && !context.Request.Query.ContainsKey("query") && AcceptNegotiator.AcceptsHtml(context.Request))
        {
            return WriteIdePageAsync(context);
        }

        var format = AcceptNegotiator.Negotiate(context.Request.Headers.Accept);
        if (format == ResponseFormat.None)
        {
            return WriteNotAcceptableAsync(context);
        }

        if (!_options.EnableGetRequests)
        {
            return WriteErrorAsync(context, format, new HttpRequestError(StatusCodes.Status405MethodNotAllowed, "GET requests are not enabled on this endpoint: use POST.", "POST"));
        }

        var parsed = HttpRequestReader.ReadGet(context.Request);
        return ExecuteAsync(context, format, parsed, isGet: true);
    }

    private async Task HandlePostAsync(HttpContext context)
    {
        var format = AcceptNegotiator.Negotiate(context.Request.Headers.Accept);
        if (format == ResponseFormat.None)
        {
            await WriteNotAcceptableAsync(context);
            return;
        }

        var parsed = await HttpRequestReader.ReadPostAsync(context, _options.MaxRequestBodyBytes, context.RequestAborted);
        await ExecuteAsync(context, format, parsed, isGet: false);
    }

    private async Task ExecuteAsync(HttpContext context, ResponseFormat format, ParsedHttpRequest parsed, bool isGet)
    {
        using (parsed)
        {
            if (parsed.Error is not null)
            {
                Log.RequestRejected(_logger, parsed.Error.StatusCode, parsed.Error.Message);
                await WriteErrorAsync(context, format, parsed.Error);
                return;
            }

            var prepared = _executor.Prepare(parsed.Request!);
            if (!prepared.IsValid)
            {
                await WriteAsync(context, RequestErrorStatus(format), format, ExecutionResult.RequestError(prepared.Errors), static (writer, state) => state.WriteTo(writer));
                return;
            }

            var refusal = RefuseOperation(prepared.OperationType, isGet, format);
            if (refusal is not null)
            {
                await WriteErrorAsync(context, format, refusal);
                return;
            }

            var requestContext = new RequestContext(context.RequestServices, context.User);
            var result = await _executor.ExecuteAsync(prepared, requestContext, context.RequestAborted);
            var status = result.HasData ? StatusCodes.Status200OK : RequestErrorStatus(format);
            await WriteAsync(context, status, format, result, static (writer, state) => state.WriteTo(writer));
        }
    }

    /// <summary>Mutations are not run from GET (405, Allow: POST); subscriptions run over WebSocket only.</summary>
    private static HttpRequestError? RefuseOperation(OperationType? operation, bool isGet, ResponseFormat format) => operation switch
    {
        OperationType.Mutation when isGet => new HttpRequestError(StatusCodes.Status405MethodNotAllowed, "Can only perform a mutation operation from a POST request.", "POST"),
        OperationType.Subscription => new HttpRequestError(RequestErrorStatus(format), "Can only perform a subscription operation over a WebSocket (graphql-transport-ws)."),
        _ => null,
    };

    /// <summary>A request error is a 400 in the new media type and a 200 in the legacy one (GraphQL over HTTP 6.4).</summary>
    private static int RequestErrorStatus(ResponseFormat format) =>
        format == ResponseFormat.GraphQLResponseJson ? StatusCodes.Status400BadRequest : StatusCodes.Status200OK;

    private static async Task WriteAsync<T>(HttpContext context, int status, ResponseFormat format, T state, Action<Utf8JsonWriter, T> write)
    {
        var response = context.Response;
        response.StatusCode = status;
        response.ContentType = format == ResponseFormat.GraphQLResponseJson
            ? GraphQLMediaType.GraphQLResponseJson + "; charset=utf-8"
            : GraphQLMediaType.Json + "; charset=utf-8";
        using (var writer = new Utf8JsonWriter(response.BodyWriter, WriterOptions))
        {
            write(writer, state);
        }

        await response.BodyWriter.FlushAsync(context.RequestAborted);
    }

    private static Task WriteErrorAsync(HttpContext context, ResponseFormat format, HttpRequestError error)
    {
        if (error.Allow is not null)
        {
            context.Response.Headers.Allow = error.Allow;
        }

        return WriteAsync(context, error.StatusCode, format == ResponseFormat.None ? ResponseFormat.Json : format, error.Message, static (writer, message) =>
        {
            writer.WriteStartObject();
            writer.WriteStartArray("errors");
            writer.WriteStartObject();
            writer.WriteString("message", message);
            writer.WriteEndObject();
            writer.WriteEndArray();
            writer.WriteEndObject();
        });
    }

    private static Task WriteNotAcceptableAsync(HttpContext context) =>
        WriteErrorAsync(context, ResponseFormat.Json, new HttpRequestError(
            StatusCodes.Status406NotAcceptable,
            $"None of the accepted media types can be produced: accept {GraphQLMediaType.GraphQLResponseJson} or {GraphQLMediaType.Json}."));
}
