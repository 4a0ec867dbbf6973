using Sipas.GraphQL.Language.Ast;
using Sipas.GraphQL.Types;
using Sipas.GraphQL.Validation.Internal;

namespace Sipas.GraphQL.Validation.Rules;

/// <summary>
/// 5.3.2: fields sharing a response name can be merged (same field and arguments unless their parents are
/// mutually exclusive object types, compatible return types, mergeable sub-selections). graphql-js 16.15's
/// algorithm: field collections cached per selection set and parent type, field/fragment and fragment/fragment
/// comparisons memoised, and its complexity budget (<see cref="ValidationOptions.MaxFieldComparisons"/>, default
/// 500,000 units) after which validation is aborted rather than left to run for minutes.
/// </summary>
internal sealed partial class OverlappingFieldsCanBeMergedRule(ValidationContext context) : ValidationRule(context)
{
    private static readonly NodeKind[] EnterOn = [NodeKind.SelectionSet];

    private const int MaxConflictDetailLength = 1000;
    private const int MaxConflictNodes = 20;

    private readonly Dictionary<(NamedType?, SelectionSetNode), CollectedFields> _cache = [];
    private readonly Dictionary<(string, string), bool> _comparedFragmentPairs = [];
    private int _budget = context.Options.MaxFieldComparisons;

    public override IReadOnlyList<NodeKind> EnterKinds => EnterOn;

    public override bool Enter(AstNode node)
    {
        var set = (SelectionSetNode)node;

        // The selection set of an inline fragment is flattened into its enclosing level, and a lone field has
        // nothing to overlap with at this level (its own sub-selection is visited separately).
        if (Context.SelectionSetOwner is InlineFragmentNode
            || (set.Selections.Count <= 1 && (set.Selections.Count == 0 || set.Selections[0] is not InlineFragmentNode)))
        {
            return true;
        }

        foreach (var conflict in FindConflictsWithin(Context.TypeInfo.ParentType, set))
        {
            Context.ReportError(
                $"Fields \"{Abbreviate(conflict.ResponseName)}\" conflict because {conflict.Reason}. Use different aliases on the fields to fetch both if this was intentional.",
                [.. conflict.Fields1, .. conflict.Fields2]);
        }

        return true;
    }

    private void Spend(int cost)
    {
        _budget -= cost;
        if (_budget < 0)
        {
            throw new ValidationAbortedException();
        }
    }

    private static string Abbreviate(string text) =>
        text.Length > MaxConflictDetailLength ? text[..MaxConflictDetailLength] + "..." : text;
}
