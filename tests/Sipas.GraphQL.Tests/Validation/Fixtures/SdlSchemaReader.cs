using System.Text.RegularExpressions;
using Sipas.GraphQL.Language;
using Sipas.GraphQL.Types;

namespace Sipas.GraphQL.Tests.Validation.Fixtures;

/// <summary>
/// Builds a schema from the SDL of graphql-js's validation tests through our code-first <see cref="SchemaBuilder"/>
/// (object, interface, union, enum, input and scalar types, directives, the schema block). Test-only: the engine
/// parses executable documents, not type definitions.
/// </summary>
internal sealed partial class SdlSchemaReader
{
    private readonly List<string> _tokens;
    private int _position;

    private SdlSchemaReader(string sdl)
    {
        _tokens = [.. Tokens().Matches(Comments().Replace(sdl, string.Empty)).Select(m => m.Value)];
    }

    public static Schema Build(string sdl) => new SdlSchemaReader(sdl).Read();

    [GeneratedRegex("#[^\n]*")]
    private static partial Regex Comments();

    [GeneratedRegex("\"\"\"[\\s\\S]*?\"\"\"|\"(?:\\\\.|[^\"\\\\])*\"|-?[0-9][0-9.eE+-]*|[_A-Za-z][_0-9A-Za-z]*|[{}()\\[\\]:=|&@!,]")]
    private static partial Regex Tokens();

    private string Peek => _position < _tokens.Count ? _tokens[_position] : string.Empty;

    private string Next() => _tokens[_position++];

    private void Expect(string token)
    {
        if (Next() != token)
        {
            throw new FormatException($"Expected {token} at token {_position}.");
        }
    }

    private Schema Read()
    {
        var definitions = new List<Action<SchemaBuilder, Dictionary<string, string>>>();
        var roots = new Dictionary<string, string>(StringComparer.Ordinal) { ["query"] = "Query" };
        var hasSchemaBlock = false;
        var objectNames = new List<string>();
        while (_position < _tokens.Count)
        {
            SkipDescription();
            var keyword = Next();
            switch (keyword)
            {
                case "schema":
                    hasSchemaBlock = true;
                    roots.Clear();
                    Expect("{");
                    while (Peek != "}")
                    {
                        var operation = Next();
                        Expect(":");
                        roots[operation] = Next();
                    }

                    Expect("}");
                    break;
                case "type":
                    definitions.Add(ReadObject(objectNames));
                    break;
                default:
                    definitions.Add(ReadOther(keyword));
                    break;
            }
        }

        if (!hasSchemaBlock)
        {
            AddImplicitRoot(roots, objectNames, "mutation", "Mutation");
            AddImplicitRoot(roots, objectNames, "subscription", "Subscription");
        }

        return Assemble(definitions, roots);
    }

    private static void AddImplicitRoot(Dictionary<string, string> roots, List<string> objectNames, string operation, string name)
    {
        if (objectNames.Contains(name))
        {
            roots[operation] = name;
        }
    }

    private static Schema Assemble(
        List<Action<SchemaBuilder, Dictionary<string, string>>> definitions, Dictionary<string, string> roots)
    {
        var builder = new SchemaBuilder();
        foreach (var define in definitions)
        {
            define(builder, roots);
        }

        return builder.Build();
    }

    private void SkipDescription()
    {
        if (Peek.StartsWith('"'))
        {
            _position++;
        }
    }
}
