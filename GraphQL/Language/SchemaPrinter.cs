using System.Text;
using Sipas.GraphQL.Language.Ast;
using Sipas.GraphQL.Types;

namespace Sipas.GraphQL.Language;

/// <summary>Prints a schema as SDL exactly as graphql-js <c>printSchema</c> does (built-in scalars, specified
/// directives and introspection types left out).</summary>
public static class SchemaPrinter
{
    /// <summary>Prints the schema.</summary>
    /// <param name="schema">The schema.</param>
    public static string Print(Schema schema)
    {
        ArgumentNullException.ThrowIfNull(schema);
        var parts = new List<string>();
        if (PrintSchemaDefinition(schema) is { } definition)
        {
            parts.Add(definition);
        }

        foreach (var directive in schema.Directives)
        {
            if (!directive.IsSpecified)
            {
                parts.Add(PrintDirective(directive));
            }
        }

        foreach (var type in schema.Types)
        {
            if (!type.Name.StartsWith("__", StringComparison.Ordinal) && type is not ScalarType { IsBuiltIn: true })
            {
                parts.Add(PrintType(type));
            }
        }

        return string.Join("\n\n", parts);
    }

    /// <summary>Prints one named type.</summary>
    /// <param name="type">The type.</param>
    public static string PrintType(NamedType type) => type switch
    {
        ScalarType s => Description(s.Description) + "scalar " + s.Name + (s.SpecifiedByUrl is null ? string.Empty : $" @specifiedBy(url: {Printer.PrintString(s.SpecifiedByUrl)})"),
        ObjectType o => Description(o.Description) + "type " + o.Name + Implements(o) + Fields(o),
        InterfaceType i => Description(i.Description) + "interface " + i.Name + Implements(i) + Fields(i),
        UnionType u => Description(u.Description) + "union " + u.Name + (u.Types.Count > 0 ? " = " + string.Join(" | ", u.Types.Select(t => t.Name)) : string.Empty),
        EnumType e => Description(e.Description) + "enum " + e.Name
            + Block(e.Values.Select((v, i) => Description(v.Description, "  ", i == 0) + "  " + v.Name + Deprecated(v.DeprecationReason))),
        InputObjectType io => Description(io.Description) + "input " + io.Name + (io.IsOneOf ? " @oneOf" : string.Empty)
            + Block(io.Fields.Select((f, i) => Description(f.Description, "  ", i == 0) + "  " + InputValue(f))),
        _ => throw new ArgumentException($"Unexpected type {type.Name}.", nameof(type)),
    };

    private static string? PrintSchemaDefinition(Schema schema)
    {
        if (schema.Description is null && schema.QueryType.Name == "Query"
            && (schema.MutationType is null || schema.MutationType.Name == "Mutation")
            && (schema.SubscriptionType is null || schema.SubscriptionType.Name == "Subscription"))
        {
            return null;
        }

        var operations = new List<string> { "  query: " + schema.QueryType.Name };
        if (schema.MutationType is not null)
        {
            operations.Add("  mutation: " + schema.MutationType.Name);
        }

        if (schema.SubscriptionType is not null)
        {
            operations.Add("  subscription: " + schema.SubscriptionType.Name);
        }

        return Description(schema.Description) + "schema {\n" + string.Join('\n', operations) + "\n}";
    }

    private static string PrintDirective(DirectiveDefinition directive) =>
        Description(directive.Description) + "directive @" + directive.Name + Arguments(directive.Arguments, string.Empty)
        + Deprecated(directive.DeprecationReason) + (directive.IsRepeatable ? " repeatable" : string.Empty) + " on " + string.Join(" | ", directive.Locations.Select(l => l.ToSpecName()));

    private static string Implements(ComplexType type) =>
        type.Interfaces.Count > 0 ? " implements " + string.Join(" & ", type.Interfaces.Select(i => i.Name)) : string.Empty;

    private static string Fields(ComplexType type) => Block(type.Fields.Select((f, i) =>
        Description(f.Description, "  ", i == 0) + "  " + f.Name + Arguments(f.Arguments, "  ") + ": " + f.Type + Deprecated(f.DeprecationReason)));

    private static string Block(IEnumerable<string> items)
    {
        var list = items.ToList();
        return list.Count == 0 ? string.Empty : " {\n" + string.Join('\n', list) + "\n}";
    }

    private static string Arguments(IReadOnlyList<InputValueDefinition> arguments, string indentation)
    {
        if (arguments.Count == 0)
        {
            return string.Empty;
        }

        if (arguments.All(a => string.IsNullOrEmpty(a.Description)))
        {
            return "(" + string.Join(", ", arguments.Select(InputValue)) + ")";
        }

        var sb = new StringBuilder("(\n");
        for (var i = 0; i < arguments.Count; i++)
        {
            sb.Append(Description(arguments[i].Description, "  " + indentation, i == 0)).Append("  ").Append(indentation).Append(InputValue(arguments[i]));
            sb.Append(i + 1 < arguments.Count ? "\n" : string.Empty);
        }

        return sb.Append('\n').Append(indentation).Append(')').ToString();
    }

    private static string InputValue(InputValueDefinition value) =>
        value.Name + ": " + value.Type + (value.DefaultValue is null ? string.Empty : " = " + Printer.Print(value.DefaultValue)) + Deprecated(value.DeprecationReason);

    private static string Deprecated(string? reason) => reason switch
    {
        null => string.Empty,
        Deprecation.DefaultReason => " @deprecated",
        _ => $" @deprecated(reason: {Printer.PrintString(reason)})",
    };

    private static string Description(string? description, string indentation = "", bool firstInBlock = true)
    {
        if (description is null)
        {
            return string.Empty;
        }

        var node = new StringValueNode(description, Printer.IsPrintableAsBlockString(description), default);
        var prefix = indentation.Length > 0 && !firstInBlock ? "\n" + indentation : indentation;
        return prefix + Printer.Print(node).Replace("\n", "\n" + indentation, StringComparison.Ordinal) + "\n";
    }
}
