using Sipas.GraphQL.Language.Ast;
using Sipas.GraphQL.Types;

namespace Sipas.GraphQL.Execution;

/// <summary>One response key of a selection set on an object type: its field nodes, definition and coerced arguments.</summary>
internal sealed class FieldPlan(string responseName, List<FieldNode> nodes, FieldDefinition definition)
{
    private readonly Lock _gate = new();
    private Dictionary<ObjectType, ObjectPlan>? _subPlans;

    public string ResponseName { get; } = responseName;

    public List<FieldNode> Nodes { get; } = nodes;

    public FieldDefinition Definition { get; } = definition;

    public IReadOnlyDictionary<string, object?>? Arguments { get; set; }

    public GraphQLError? ArgumentError { get; set; }

    /// <summary>Where the field is selected: every merged field node, as graphql-js reports field errors.</summary>
    public IReadOnlyList<Language.SourceLocation> Locations => _locations ??= Nodes.ConvertAll(n => n.Location.StartLocation);

    private List<Language.SourceLocation>? _locations;

    /// <summary>The plan of the sub-selection for a runtime object type, collected once per execution.</summary>
    /// <remarks>Plans of variable-free operations are shared by concurrent executions, hence the lock.</remarks>
    public ObjectPlan GetSubPlan(ExecutionContext context, ObjectType type)
    {
        lock (_gate)
        {
            _subPlans ??= [];
            if (!_subPlans.TryGetValue(type, out var plan))
            {
                plan = FieldCollector.CollectSubfields(context, type, Nodes);
                _subPlans[type] = plan;
            }

            return plan;
        }
    }
}
