using System.Collections.Concurrent;
using Sipas.GraphQL.Language.Ast;

namespace Sipas.GraphQL.Validation.Internal;

/// <summary>
/// Walks a document once, in graphql-js's visiting order, keeping <see cref="TypeInfo"/> up to date and calling
/// every rule subscribed to each node kind (in rule order). A walker without rules only collects variable usages.
/// </summary>
internal sealed partial class ValidationWalker
{
    private static readonly int KindCount = Enum.GetValues<NodeKind>().Length;

    // Which rules (by position) handle each node kind depends only on the selected rules: computed once per selection.
    private static readonly ConcurrentDictionary<ValidationRules, (int[][] Enter, int[][] Leave)> Subscriptions = new();

    private readonly ValidationContext _context;
    private readonly TypeInfo _typeInfo;
    private readonly IReadOnlyList<ValidationRule> _rules;
    private readonly int[][] _enter;
    private readonly int[][] _leave;
    private readonly AstNode?[] _skipping;
    private int _skipCount;
    private List<VariableUsage>? _usages;
    private int _inVariableDefinition;

    public ValidationWalker(ValidationContext context, TypeInfo typeInfo, IReadOnlyList<ValidationRule> rules, ValidationRules selection)
    {
        _context = context;
        _typeInfo = typeInfo;
        _rules = rules;
        _skipping = new AstNode?[rules.Count];
        for (var i = 0; i < rules.Count; i++)
        {
            rules[i].Index = i;
        }

        (_enter, _leave) = Subscriptions.GetOrAdd(
            selection, static (_, r) => (Subscribe(r, static rule => rule.EnterKinds), Subscribe(r, static rule => rule.LeaveKinds)), rules);
    }

    /// <summary>The usages collected while walking the current executable definition.</summary>
    public List<VariableUsage>? Usages => _usages;

    private bool Stopped => _context.IsAborted;

    private static int[][] Subscribe(IReadOnlyList<ValidationRule> rules, Func<ValidationRule, IReadOnlyList<NodeKind>> kinds)
    {
        var lists = new List<int>[KindCount];
        for (var i = 0; i < rules.Count; i++)
        {
            foreach (var kind in kinds(rules[i]))
            {
                (lists[(int)kind] ??= []).Add(i);
            }
        }

        var result = new int[KindCount][];
        for (var k = 0; k < KindCount; k++)
        {
            result[k] = lists[k]?.ToArray() ?? [];
        }

        return result;
    }

    private void Enter(AstNode node)
    {
        _typeInfo.Enter(node);
        var indices = _enter[(int)node.Kind];
        for (var i = 0; i < indices.Length; i++)
        {
            var rule = _rules[indices[i]];
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
        var indices = _leave[(int)node.Kind];
        for (var i = 0; i < indices.Length; i++)
        {
            var rule = _rules[indices[i]];
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
