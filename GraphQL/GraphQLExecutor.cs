using System.Collections.Concurrent;
using System.Text;
using Sipas.GraphQL.Execution;
using Sipas.GraphQL.Language;
using Sipas.GraphQL.Language.Ast;
using Sipas.GraphQL.Limits;
using Sipas.GraphQL.Types;
using Sipas.GraphQL.Validation;

namespace Sipas.GraphQL;

/// <summary>
/// Runs GraphQL requests against one schema. Thread-safe; parsed and validated documents are cached by their text
/// (bounded by <see cref="GraphQLExecutorOptions.DocumentCacheSize"/>; the cache is cleared when full, 0 turns it off).
/// </summary>
public sealed partial class GraphQLExecutor
{
    private readonly ConcurrentDictionary<string, PreparedDocument> _cache = new(StringComparer.Ordinal);

    /// <summary>Creates an executor.</summary>
    /// <param name="schema">The schema.</param>
    /// <param name="options">Limits and behaviour; defaults when null.</param>
    public GraphQLExecutor(Schema schema, GraphQLExecutorOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(schema);
        Schema = schema;
        Options = options ?? new GraphQLExecutorOptions();
    }

    /// <summary>The schema.</summary>
    public Schema Schema { get; }

    /// <summary>The options.</summary>
    public GraphQLExecutorOptions Options { get; }

    /// <summary>Parses, checks limits, validates and selects the operation; never runs a resolver.</summary>
    /// <param name="request">The request.</param>
    public PreparedRequest Prepare(GraphQLRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var query = request.Query ?? string.Empty;
        if (!_cache.TryGetValue(query, out var prepared))
        {
            prepared = PrepareDocument(query);
            if (Options.DocumentCacheSize > 0)
            {
                if (_cache.Count >= Options.DocumentCacheSize)
                {
                    _cache.Clear();
                }

                _cache[query] = prepared;
            }
        }

        if (prepared.Errors.Count > 0)
        {
            return new PreparedRequest(request, prepared.Errors, prepared.Document, null);
        }

        var operation = SelectOperation(prepared.Document!, request.OperationName, out var error);
        return operation is null
            ? new PreparedRequest(request, [error!], prepared.Document, null)
            : new PreparedRequest(request, [], prepared.Document, operation);
    }

    /// <summary>Executes a prepared query or mutation.</summary>
    /// <param name="prepared">The prepared request.</param>
    /// <param name="context">Services, user and root value.</param>
    /// <param name="ct">Cancelled when the client goes away.</param>
    /// <exception cref="OperationCanceledException"><paramref name="ct"/> was cancelled.</exception>
    public async Task<ExecutionResult> ExecuteAsync(PreparedRequest prepared, RequestContext context, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(prepared);
        ArgumentNullException.ThrowIfNull(context);
        if (!prepared.IsValid)
        {
            return ExecutionResult.RequestError(prepared.Errors);
        }

        var errors = new List<GraphQLError>();
        var variables = VariableCoercion.Coerce(Schema, prepared.Operation!, prepared.Request.Variables, errors);
        if (errors.Count > 0)
        {
            return ExecutionResult.RequestError(errors);
        }

        return await ExecuteWithTimeoutAsync(prepared, variables, context, context.RootValue, ct).ConfigureAwait(false);
    }

    private async Task<ExecutionResult> ExecuteWithTimeoutAsync(
        PreparedRequest prepared, IReadOnlyDictionary<string, object?> variables, RequestContext context, object? rootValue, CancellationToken ct)
    {
        using var timeout = new CancellationTokenSource(Options.ExecutionTimeout, Options.TimeProvider);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(ct, timeout.Token);
        var execution = new Execution.ExecutionContext(Schema, prepared.Document!, prepared.Operation!, variables, context, Options, linked.Token);
        try
        {
            return await Executor.ExecuteAsync(execution, rootValue).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested && timeout.IsCancellationRequested)
        {
            var message = $"Execution timed out after {Options.ExecutionTimeout.TotalMilliseconds} ms.";
            return ExecutionResult.FromData(null, [LimitErrors.Create(message, "timeout")]);
        }
    }

    private PreparedDocument PrepareDocument(string query)
    {
        var bytes = Encoding.UTF8.GetByteCount(query);
        if (bytes > Options.MaxDocumentBytes)
        {
            return new PreparedDocument(null, [LimitErrors.Create(
                $"Document size {bytes} bytes exceeds the limit of {Options.MaxDocumentBytes} bytes.", "documentBytes")]);
        }

        DocumentNode document;
        try
        {
            document = Parser.Parse(query, Options.MaxTokens);
        }
        catch (GraphQLSyntaxException ex)
        {
            var error = ex.Limit is { } limit
                ? LimitErrors.Create(ex.Message, limit, [ex.Location])
                : new GraphQLError(ex.Message, [ex.Location]);
            return new PreparedDocument(null, [error]);
        }

        var errors = new List<GraphQLError>();
        DocumentLimits.Check(Schema, document, Options, errors);
        if (errors.Count == 0)
        {
            errors.AddRange(DocumentValidator.Validate(Schema, document));
        }

        return new PreparedDocument(document, errors);
    }

    private OperationDefinitionNode? SelectOperation(DocumentNode document, string? operationName, out GraphQLError? error)
    {
        error = null;
        OperationDefinitionNode? selected = null;
        foreach (var definition in document.Definitions)
        {
            if (definition is not OperationDefinitionNode operation)
            {
                continue;
            }

            if (operationName is null)
            {
                if (selected is not null)
                {
                    error = new GraphQLError("Must provide operation name if query contains multiple operations.");
                    return null;
                }

                selected = operation;
            }
            else if (operation.Name?.Value == operationName)
            {
                selected = operation;
                break;
            }
        }

        if (selected is null)
        {
            error = new GraphQLError(operationName is null ? "Must provide an operation." : $"Unknown operation named \"{operationName}\".");
            return null;
        }

        if (Schema.GetRootType(selected.Operation) is null)
        {
            var kind = selected.Operation.ToString().ToLowerInvariant();
            error = new GraphQLError($"Schema is not configured to execute {kind} operation.", selected);
            return null;
        }

        return selected;
    }

    private sealed record PreparedDocument(DocumentNode? Document, IReadOnlyList<GraphQLError> Errors);
}
