using Sipas.GraphQL.Language.Ast;
using Sipas.GraphQL.Types;

namespace Sipas.GraphQL.Validation.Rules;

/// <summary>The rule's data: fields by response name, conflicts and their reasons.</summary>
internal sealed partial class OverlappingFieldsCanBeMergedRule
{
    private readonly record struct FieldEntry(NamedType? ParentType, FieldNode Node, FieldDefinition? Definition);

    private readonly record struct FieldsAndFragments(FieldMap Fields, List<string> FragmentNames);

    /// <summary>Fields grouped by response name, in first-appearance order.</summary>
    private sealed class FieldMap
    {
        private readonly Dictionary<string, List<FieldEntry>> _byName = new(StringComparer.Ordinal);

        public List<string> Keys { get; } = [];

        public List<FieldEntry>? Get(string responseName) => _byName.GetValueOrDefault(responseName);

        public void Add(string responseName, FieldEntry entry)
        {
            if (!_byName.TryGetValue(responseName, out var list))
            {
                _byName[responseName] = list = [];
                Keys.Add(responseName);
            }

            list.Add(entry);
        }
    }

    /// <summary>Why two fields conflict: a message, or the conflicts of their sub-fields.</summary>
    private sealed record Reason(string ResponseName, string? Message, List<Reason>? SubReasons)
    {
        public string Describe()
        {
            if (SubReasons is null)
            {
                return Message!;
            }

            var parts = new List<string>(SubReasons.Count);
            foreach (var sub in SubReasons)
            {
                parts.Add($"subfields \"{sub.ResponseName}\" conflict because {sub.Describe()}");
            }

            return string.Join(" and ", parts);
        }
    }

    private sealed record Conflict(Reason Reason, List<FieldNode> Fields1, List<FieldNode> Fields2)
    {
        public static Conflict Of(string responseName, string message, FieldNode node1, FieldNode node2) =>
            new(new Reason(responseName, message, null), [node1], [node2]);

        public static Conflict Merge(string responseName, List<Conflict> conflicts, FieldNode node1, FieldNode node2)
        {
            var reasons = new List<Reason>(conflicts.Count);
            var fields1 = new List<FieldNode> { node1 };
            var fields2 = new List<FieldNode> { node2 };
            foreach (var conflict in conflicts)
            {
                reasons.Add(conflict.Reason);
                fields1.AddRange(conflict.Fields1);
            }

            foreach (var conflict in conflicts)
            {
                fields2.AddRange(conflict.Fields2);
            }

            return new Conflict(new Reason(responseName, null, reasons), fields1, fields2);
        }
    }
}
