using Sipas.GraphQL.Language.Ast;
using Sipas.GraphQL.Types;

namespace Sipas.GraphQL.Execution;

/// <summary>The state of one execution: schema, operation, variables, errors, loaders.</summary>
internal sealed class ExecutionContext(
    Schema schema,
    DocumentNode document,
    OperationDefinitionNode operation,
    IReadOnlyDictionary<string, object?> variables,
    RequestContext request,
    GraphQLExecutorOptions options,
    CancellationToken cancellationToken)
{
    private Dictionary<string, FragmentDefinitionNode>? _fragments;

    public Schema Schema { get; } = schema;

    public DocumentNode Document { get; } = document;

    public OperationDefinitionNode Operation { get; } = operation;

    public IReadOnlyDictionary<string, object?> Variables { get; } = variables;

    public RequestContext Request { get; } = request;

    public GraphQLExecutorOptions Options { get; } = options;

    public CancellationToken CancellationToken { get; } = cancellationToken;

    public List<GraphQLError> Errors { get; } = [];

    public DataLoaderRegistry Loaders { get; } = GetRegistry(request);

    public bool DataNulled { get; set; }

    /// <summary>Whether any container was nulled; until then no liveness walk is needed.</summary>
    public bool AnyNulled { get; set; }

    public FragmentDefinitionNode? GetFragment(string name)
    {
        if (_fragments is null)
        {
            _fragments = new Dictionary<string, FragmentDefinitionNode>(StringComparer.Ordinal);
            foreach (var definition in Document.Definitions)
            {
                if (definition is FragmentDefinitionNode fragment)
                {
                    _fragments.TryAdd(fragment.Name.Value, fragment);
                }
            }
        }

        return _fragments.GetValueOrDefault(name);
    }

    private static DataLoaderRegistry GetRegistry(RequestContext request)
    {
        // One registry per request context, so loaders (and their caches) are shared by every event of a request.
        const string Key = "Sipas.GraphQL.DataLoaders";
        lock (request.Items)
        {
            if (request.Items.TryGetValue(Key, out var existing) && existing is DataLoaderRegistry registry)
            {
                return registry;
            }

            registry = new DataLoaderRegistry();
            request.Items[Key] = registry;
            return registry;
        }
    }
}
