using System.Runtime.CompilerServices;
using Sipas.GraphQL.Language.Ast;
using Sipas.GraphQL.Validation.Internal;

namespace Sipas.GraphQL.Validation.Rules;

/// <summary>5.5.2.2: fragment spreads form no cycle. A depth-first search visiting each fragment once.</summary>
internal sealed class NoFragmentCyclesRule(ValidationContext context) : ValidationRule(context)
{
    private static readonly NodeKind[] EnterOn = [NodeKind.OperationDefinition, NodeKind.FragmentDefinition];

    private readonly HashSet<string> _visited = new(StringComparer.Ordinal);
    private readonly List<FragmentSpreadNode> _spreadPath = [];
    private readonly Dictionary<string, int> _pathIndexByName = new(StringComparer.Ordinal);

    public override IReadOnlyList<NodeKind> EnterKinds => EnterOn;

    public override bool Enter(AstNode node)
    {
        if (node is FragmentDefinitionNode fragment)
        {
            DetectCycles(fragment);
        }

        return false;
    }

    private void DetectCycles(FragmentDefinitionNode fragment)
    {
        var name = fragment.Name.Value;
        if (!_visited.Add(name))
        {
            return;
        }

        var spreads = Context.GetFragmentSpreads(fragment.SelectionSet);
        if (spreads.Count == 0)
        {
            return;
        }

        RuntimeHelpers.EnsureSufficientExecutionStack();

        _pathIndexByName[name] = _spreadPath.Count;
        foreach (var spread in spreads)
        {
            var spreadName = spread.Name.Value;
            _spreadPath.Add(spread);
            if (!_pathIndexByName.TryGetValue(spreadName, out var cycleIndex))
            {
                if (Context.GetFragment(spreadName) is { } target)
                {
                    DetectCycles(target);
                }
            }
            else
            {
                ReportCycle(spreadName, cycleIndex);
            }

            _spreadPath.RemoveAt(_spreadPath.Count - 1);
        }

        _pathIndexByName.Remove(name);
    }

    private void ReportCycle(string spreadName, int cycleIndex)
    {
        var cycle = _spreadPath.GetRange(cycleIndex, _spreadPath.Count - cycleIndex);
        var via = new List<string>(cycle.Count);
        for (var i = 0; i < cycle.Count - 1; i++)
        {
            via.Add("\"" + cycle[i].Name.Value + "\"");
        }

        var suffix = via.Count > 0 ? " via " + string.Join(", ", via) + "." : ".";
        Context.ReportError($"Cannot spread fragment \"{spreadName}\" within itself{suffix}", [.. cycle]);
    }
}
