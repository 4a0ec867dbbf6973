using System.Globalization;
using System.Text;
using Sipas.GraphQL.Language.Ast;

namespace Sipas.GraphQL.Language;

/// <summary>Prints an AST back to GraphQL text exactly as graphql-js <c>print</c> does.</summary>
public static partial class Printer
{
    private const int MaxLineLength = 80;

    /// <summary>Prints a node.</summary>
    /// <param name="node">The node.</param>
    public static string Print(AstNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        return node switch
        {
            NameNode n => n.Value,
            VariableNode n => "$" + n.Name.Value,
            DocumentNode n => Join(n.Definitions, "\n\n"),
            OperationDefinitionNode n => PrintOperation(n),
            VariableDefinitionNode n => Wrap(string.Empty, Opt(n.Description), "\n") + Print(n.Variable) + ": " + Print(n.Type) + Wrap(" = ", Opt(n.DefaultValue)) + Wrap(" ", Join(n.Directives, " ")),
            SelectionSetNode n => Block(n.Selections),
            FieldNode n => PrintField(n),
            ArgumentNode n => n.Name.Value + ": " + Print(n.Value),
            FragmentSpreadNode n => "..." + n.Name.Value + Wrap(" ", Join(n.Directives, " ")),
            InlineFragmentNode n => JoinStrings(" ", "...", Wrap("on ", Opt(n.TypeCondition)), Join(n.Directives, " "), Print(n.SelectionSet)),
            FragmentDefinitionNode n => Wrap(string.Empty, Opt(n.Description), "\n") + "fragment " + n.Name.Value + " on " + Print(n.TypeCondition) + " " + Wrap(string.Empty, Join(n.Directives, " "), " ") + Print(n.SelectionSet),
            IntValueNode n => n.Value,
            FloatValueNode n => n.Value,
            StringValueNode n => n.Block ? PrintBlockString(n.Value) : PrintString(n.Value),
            BooleanValueNode n => n.Value ? "true" : "false",
            NullValueNode => "null",
            EnumValueNode n => n.Value,
            ListValueNode n => "[" + Join(n.Values, ", ") + "]",
            ObjectValueNode n => "{" + Join(n.Fields, ", ") + "}",
            ObjectFieldNode n => n.Name.Value + ": " + Print(n.Value),
            DirectiveNode n => "@" + n.Name.Value + Wrap("(", Join(n.Arguments, ", "), ")"),
            NamedTypeNode n => n.Name.Value,
            ListTypeNode n => "[" + Print(n.Type) + "]",
            NonNullTypeNode n => Print(n.Type) + "!",
            TypeSystemDefinitionNode n => (n.IsExtension ? "extend " : string.Empty) + n.Keyword + Wrap(" ", n.Name?.Value),
            _ => throw new ArgumentException($"Unknown node kind {node.Kind}.", nameof(node)),
        };
    }

    private static string PrintOperation(OperationDefinitionNode n)
    {
        var multiline = n.VariableDefinitions.Any(v => v.Description is not null);
        var varDefs = multiline ? Wrap("(\n", Join(n.VariableDefinitions, "\n"), "\n)") : Wrap("(", Join(n.VariableDefinitions, ", "), ")");
        var operation = n.Operation switch
        {
            OperationType.Mutation => "mutation",
            OperationType.Subscription => "subscription",
            _ => "query",
        };
        var prefix = Wrap(string.Empty, Opt(n.Description), "\n")
            + JoinStrings(" ", operation, JoinStrings(string.Empty, n.Name?.Value, varDefs), Join(n.Directives, " "));
        return (prefix == "query" ? string.Empty : prefix + " ") + Print(n.SelectionSet);
    }

    private static string PrintField(FieldNode n)
    {
        var prefix = Wrap(string.Empty, n.Alias?.Value, ": ") + n.Name.Value;
        var argsLine = prefix + Wrap("(", Join(n.Arguments, ", "), ")");
        if (argsLine.Length > MaxLineLength)
        {
            argsLine = prefix + Wrap("(\n", Indent(Join(n.Arguments, "\n")), "\n)");
        }

        return JoinStrings(" ", argsLine, Join(n.Directives, " "), Opt(n.SelectionSet));
    }

    /// <summary>Prints a string as a quoted GraphQL string with graphql-js escapes.</summary>
    /// <param name="value">The string.</param>
    public static string PrintString(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var sb = new StringBuilder(value.Length + 2).Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"': sb.Append("\\\""); break;
                case '\\': sb.Append("\\\\"); break;
                case '\b': sb.Append("\\b"); break;
                case '\t': sb.Append("\\t"); break;
                case '\n': sb.Append("\\n"); break;
                case '\f': sb.Append("\\f"); break;
                case '\r': sb.Append("\\r"); break;
                case < '\x20' or (>= '\x7f' and <= '\x9f'):
                    sb.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    break;
                default: sb.Append(c); break;
            }
        }

        return sb.Append('"').ToString();
    }

    private static string Opt(AstNode? node) => node is null ? string.Empty : Print(node);

    private static string Block<T>(IReadOnlyList<T> items)
        where T : AstNode => items.Count == 0 ? string.Empty : "{\n" + Indent(Join(items, "\n")) + "\n}";

    private static string Indent(string value) => Wrap("  ", value.Replace("\n", "\n  ", StringComparison.Ordinal));

    private static string Wrap(string start, string? value, string end = "") =>
        string.IsNullOrEmpty(value) ? string.Empty : start + value + end;

    private static string Join<T>(IReadOnlyList<T> items, string separator)
        where T : AstNode
    {
        var sb = new StringBuilder();
        foreach (var item in items)
        {
            var printed = Print(item);
            if (printed.Length == 0)
            {
                continue;
            }

            if (sb.Length > 0)
            {
                sb.Append(separator);
            }

            sb.Append(printed);
        }

        return sb.ToString();
    }

    private static string JoinStrings(string separator, params string?[] parts)
    {
        var sb = new StringBuilder();
        foreach (var part in parts)
        {
            if (string.IsNullOrEmpty(part))
            {
                continue;
            }

            if (sb.Length > 0)
            {
                sb.Append(separator);
            }

            sb.Append(part);
        }

        return sb.ToString();
    }
}
