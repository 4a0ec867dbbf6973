namespace Sipas.GraphQL.Execution;

/// <summary>The collected fields of a selection set for one object type, in response order.</summary>
internal sealed class ObjectPlan(string[] keys, FieldPlan[] fields)
{
    public string[] Keys { get; } = keys;

    public FieldPlan[] Fields { get; } = fields;
}
