using Sipas.GraphQL.Language.Ast;
using Sipas.GraphQL.Validation.Internal;

namespace Sipas.GraphQL.Validation.Rules;

/// <summary>5.5.1.4: every fragment is reached from some operation.</summary>
internal sealed class NoUnusedFragmentsRule(ValidationContext context) : ValidationRule(context)
{
    private static readonly NodeKind[] LeaveOn = [NodeKind.Document];

    private static readonly NodeKind[] EnterOn = [NodeKind.OperationDefinition, NodeKind.FragmentDefinition];

    private readonly List<OperationDefinitionNode> _operations = [];
    private readonly List<FragmentDefinitionNode> _fragments = [];

    public override IReadOnlyList<NodeKind> EnterKinds => EnterOn;

    public override IReadOnlyList<NodeKind> LeaveKinds => LeaveOn;

    public override bool Enter(AstNode node)
    {
        switch (node)
        {
            case OperationDefinitionNode operation:
                _operations.Add(operation);
                break;
            case FragmentDefinitionNode fragment:
                _fragments.Add(fragment);
                break;
        }

        return false;
    }

    public override void Leave(AstNode node)
    {
        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (var fragment in Context.GetRecursivelyReferencedFragments(_operations))
        {
            used.Add(fragment.Name.Value);
        }

        foreach (var fragment in _fragments)
        {
            if (!used.Contains(fragment.Name.Value))
            {
                Context.ReportError($"Fragment \"{fragment.Name.Value}\" is never used.", fragment);
            }
        }
    }
}
