using Sipas.GraphQL.Language.Ast;
using Sipas.GraphQL.Types;

namespace Sipas.GraphQL.Validation.Rules;

/// <summary>The rule's data: collected fields, their lazily computed comparison info, conflicts.</summary>
internal sealed partial class OverlappingFieldsCanBeMergedRule
{
    /// <summary>One selected field with the type it was selected on and its definition (when known).</summary>
    private sealed class FieldEntry(NamedType? parentType, FieldNode node, FieldDefinition? definition)
    {
        public NamedType? ParentType { get; } = parentType;

        public FieldNode Node { get; } = node;

        public FieldDefinition? Definition { get; } = definition;

        /// <summary>No arguments and no sub-selection: two such fields of one name and type never conflict.</summary>
        public bool IsSimpleLeaf { get; } = node.Arguments.Count == 0 && node.SelectionSet is null;

        /// <summary>Reasons already computed against other fields (null: no conflict).</summary>
        public Dictionary<FieldEntry, string?>? Comparisons { get; set; }

        public Dictionary<string, ValueNode>? ArgumentValues { get; set; }

        public string? TypeString { get; set; }
    }

    /// <summary>The fields of a selection set (inline fragments flattened) by response name, and its fragment spreads.</summary>
    private sealed class CollectedFields
    {
        public List<string> ResponseNames { get; } = [];

        public Dictionary<string, List<FieldEntry>> Fields { get; } = new(StringComparer.Ordinal);

        public List<string> FragmentNames { get; } = [];

        /// <summary>Fragments compared with these fields: true when the comparison was mutually exclusive.</summary>
        public Dictionary<string, bool>? ComparedFragments { get; set; }

        /// <summary>Response names shared with another collection, computed once per pair.</summary>
        public Dictionary<CollectedFields, List<(string Name, List<FieldEntry> Fields1, List<FieldEntry> Fields2)>>? Overlapping { get; set; }

        public void Add(string responseName, FieldEntry entry)
        {
            if (!Fields.TryGetValue(responseName, out var list))
            {
                Fields[responseName] = list = [];
                ResponseNames.Add(responseName);
            }

            list.Add(entry);
        }
    }

    private sealed record Conflict(string ResponseName, string Reason, List<FieldNode> Fields1, List<FieldNode> Fields2)
    {
        public static Conflict Of(string responseName, string reason, FieldNode node1, FieldNode node2) =>
            new(responseName, reason, [node1], [node2]);
    }
}
