using Sipas.GraphQL.Language.Ast;

namespace Sipas.GraphQL.Validation.Internal;

/// <summary>
/// Walks a document once, in graphql-js's visiting order, keeping <see cref="TypeInfo"/> up to date and calling
/// every rule subscribed to each node kind (in rule order). A walker without rules only collects variable usages.
/// </summary>
internal sealed partial class ValidationWalker
{
    private static readonly int KindCount = Enum.GetValues<NodeKind>().Length;

    private readonly ValidationContext _context;
    private readonly TypeInfo _typeInfo;
    private readonly ValidationRule[][] _enter;
    private readonly ValidationRule[][] _leave;
    private readonly AstNode?[] _skipping;
    private int _skipCount;
    private List<VariableUsage>? _usages;
    private int _inVariableDefinition;

    public ValidationWalker(ValidationContext context, TypeInfo typeInfo, IReadOnlyList<ValidationRule> rules)
    {
        _context = context;
        _typeInfo = typeInfo;
        _skipping = new AstNode?[rules.Count];
        _enter = Subscribe(rules, static rule => rule.EnterKinds);
        _leave = Subscribe(rules, static rule => rule.LeaveKinds);
    }

    /// <summary>The usages collected while walking the current executable definition.</summary>
    public List<VariableUsage>? Usages => _usages;

    private bool Stopped => _context.IsAborted;

    private static ValidationRule[][] Subscribe(
        IReadOnlyList<ValidationRule> rules, Func<ValidationRule, IReadOnlyList<NodeKind>> kinds)
    {
        var lists = new List<ValidationRule>[KindCount];
        for (var i = 0; i < rules.Count; i++)
        {
            rules[i].Index = i;
            foreach (var kind in kinds(rules[i]))
            {
                (lists[(int)kind] ??= []).Add(rules[i]);
            }
        }

        var result = new ValidationRule[KindCount][];
        for (var k = 0; k < KindCount; k++)
        {
            result[k] = lists[k]?.ToArray() ?? [];
        }

        return result;
    }

    private void Enter(AstNode node)
    {
        _typeInfo.Enter(node);
        var rules = _enter[(int)node.Kind];
        for (var i = 0; i < rules.Length; i++)
        {
            var rule = rules[i];
            if (_skipCount > 0 && _skipping[rule.Index] is not null)
            {
                continue;
            }

            if (!rule.Enter(node))
            {
                _skipping[rule.Index] = node;
                _skipCount++;
            }
        }
    }

    private void Leave(AstNode node)
    {
        var rules = _leave[(int)node.Kind];
        for (var i = 0; i < rules.Length; i++)
        {
            var rule = rules[i];
            if (_skipCount == 0 || _skipping[rule.Index] is null)
            {
                rule.Leave(node);
            }
        }

        if (_skipCount > 0)
        {
            ClearSkips(node);
        }

        _typeInfo.Leave(node);
    }

    private void ClearSkips(AstNode node)
    {
        for (var i = 0; i < _skipping.Length; i++)
        {
            if (ReferenceEquals(_skipping[i], node))
            {
                _skipping[i] = null;
                _skipCount--;
            }
        }
    }
}
