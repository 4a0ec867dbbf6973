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

    private readonly List<(GraphQLError Error, int[] Position)> _errors = [];

    /// <summary>The loaders of this execution: one request, or one event of a subscription (so no event sees another's cache).</summary>
    public DataLoaderRegistry Loaders { get; } = new();

    public bool DataNulled { get; set; }

    /// <summary>Whether any container was nulled; until then no liveness walk is needed.</summary>
    public bool AnyNulled { get; set; }

    /// <summary>Records a field error with the position of its slot in the response tree.</summary>
    public void AddError(GraphQLError error, object container, int index)
    {
        var position = new List<int> { index };
        for (var node = container; node is not null;)
        {
            (node, var indexInParent) = node switch
            {
                ResultMap { Parent: { } parent } map => (parent, map.IndexInParent),
                ResultList { Parent: { } parent } list => (parent, list.IndexInParent),
                _ => ((object?)null, 0),
            };
            if (node is not null)
            {
                position.Add(indexInParent);
            }
        }

        position.Reverse();
        _errors.Add((error, [.. position]));
    }

    /// <summary>
    /// The errors in the order of their place in the response, which is the order graphql-js's depth-first walk
    /// meets them when resolvers are synchronous (a field's own error before those of its selection).
    /// </summary>
    public IReadOnlyList<GraphQLError> GetErrorsInResponseOrder()
    {
        if (_errors.Count <= 1)
        {
            return _errors.Count == 0 ? [] : [_errors[0].Error];
        }

        var ordered = _errors.Select((e, i) => (e.Error, e.Position, Sequence: i)).ToList();
        ordered.Sort((a, b) =>
        {
            var common = Math.Min(a.Position.Length, b.Position.Length);
            for (var i = 0; i < common; i++)
            {
                if (a.Position[i] != b.Position[i])
                {
                    return a.Position[i].CompareTo(b.Position[i]);
                }
            }

            return a.Position.Length != b.Position.Length ? a.Position.Length.CompareTo(b.Position.Length) : a.Sequence.CompareTo(b.Sequence);
        });
        return ordered.ConvertAll(e => e.Error);
    }

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
}
