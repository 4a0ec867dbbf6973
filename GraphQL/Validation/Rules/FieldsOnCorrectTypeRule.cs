using Sipas.GraphQL.Language.Ast;
using Sipas.GraphQL.Types;
using Sipas.GraphQL.Validation.Internal;

namespace Sipas.GraphQL.Validation.Rules;

/// <summary>
/// 5.3.1: selected fields exist on their parent type. Suggests, like graphql-js, the types to fragment on when the
/// parent is abstract, otherwise the closest field names.
/// </summary>
internal sealed class FieldsOnCorrectTypeRule(ValidationContext context) : ValidationRule(context)
{
    private static readonly NodeKind[] EnterOn = [NodeKind.Field];

    public override IReadOnlyList<NodeKind> EnterKinds => EnterOn;

    public override bool Enter(AstNode node)
    {
        if (Context.TypeInfo.ParentType is not { } parentType || Context.TypeInfo.FieldDef is not null)
        {
            return true;
        }

        var name = ((FieldNode)node).Name.Value;
        var suggestion = string.Empty;
        if (!Context.Options.HideSuggestions)
        {
            suggestion = Suggestions.DidYouMean(SuggestedTypeNames(parentType, name), "to use an inline fragment on");
            if (suggestion.Length == 0)
            {
                suggestion = Suggestions.DidYouMean(SuggestedFieldNames(parentType, name));
            }
        }

        Context.ReportError($"Cannot query field \"{name}\" on type \"{parentType.Name}\"." + suggestion, node);
        return true;
    }

    private List<string> SuggestedTypeNames(NamedType type, string fieldName)
    {
        if (!type.IsAbstract())
        {
            return [];
        }

        var schema = Context.Schema;
        var suggested = new List<ComplexType>();
        var usage = new Dictionary<ComplexType, int>();
        foreach (var possible in schema.GetPossibleTypes(type))
        {
            if (possible.GetField(fieldName) is null)
            {
                continue;
            }

            if (usage.TryAdd(possible, 1))
            {
                suggested.Add(possible);
            }

            foreach (var iface in possible.Interfaces)
            {
                if (iface.GetField(fieldName) is null)
                {
                    continue;
                }

                if (usage.TryAdd(iface, 1))
                {
                    suggested.Add(iface);
                }
                else
                {
                    usage[iface]++;
                }
            }
        }

        suggested.Sort((a, b) => Compare(schema, usage, a, b));
        return suggested.ConvertAll(static t => t.Name);
    }

    // Most used first, then super types before their subtypes, then by name.
    private static int Compare(Schema schema, Dictionary<ComplexType, int> usage, ComplexType a, ComplexType b)
    {
        var diff = usage[b] - usage[a];
        if (diff != 0)
        {
            return diff;
        }

        if (a is InterfaceType && schema.IsSubType(a, b))
        {
            return -1;
        }

        if (b is InterfaceType && schema.IsSubType(b, a))
        {
            return 1;
        }

        return Suggestions.NaturalCompare(a.Name, b.Name);
    }

    private static IReadOnlyList<string> SuggestedFieldNames(NamedType type, string fieldName)
    {
        if (type is not ComplexType complex)
        {
            return [];
        }

        var names = new List<string>(complex.Fields.Count);
        foreach (var field in complex.Fields)
        {
            names.Add(field.Name);
        }

        return Suggestions.List(fieldName, names);
    }
}
