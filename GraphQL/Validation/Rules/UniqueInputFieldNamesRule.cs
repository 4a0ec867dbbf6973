using Sipas.GraphQL.Language.Ast;
using Sipas.GraphQL.Validation.Internal;

namespace Sipas.GraphQL.Validation.Rules;

/// <summary>5.6.3: an input object literal names each field once.</summary>
internal sealed class UniqueInputFieldNamesRule(ValidationContext context) : ValidationRule(context)
{
    private static readonly NodeKind[] LeaveOn = [NodeKind.ObjectValue];

    private static readonly NodeKind[] EnterOn = [NodeKind.ObjectValue, NodeKind.ObjectField];

    private readonly Stack<Dictionary<string, NameNode>> _stack = new();
    private Dictionary<string, NameNode> _known = new(StringComparer.Ordinal);

    public override IReadOnlyList<NodeKind> EnterKinds => EnterOn;

    public override IReadOnlyList<NodeKind> LeaveKinds => LeaveOn;

    public override bool Enter(AstNode node)
    {
        if (node is ObjectValueNode)
        {
            _stack.Push(_known);
            _known = new Dictionary<string, NameNode>(StringComparer.Ordinal);
            return true;
        }

        var name = ((ObjectFieldNode)node).Name;
        if (_known.TryGetValue(name.Value, out var first))
        {
            Context.ReportError($"There can be only one input field named \"{name.Value}\".", first, name);
        }
        else
        {
            _known[name.Value] = name;
        }

        return true;
    }

    public override void Leave(AstNode node) => _known = _stack.Pop();
}
