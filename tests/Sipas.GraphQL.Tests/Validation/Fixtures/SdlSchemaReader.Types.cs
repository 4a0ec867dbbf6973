using Sipas.GraphQL.Language;
using Sipas.GraphQL.Types;

namespace Sipas.GraphQL.Tests.Validation.Fixtures;

/// <summary>Type definitions.</summary>
internal sealed partial class SdlSchemaReader
{
    private sealed record FieldSpec(string Name, string Type, List<ArgumentSpec> Arguments);

    private sealed record ArgumentSpec(string Name, string Type, object? DefaultValue);

    private Action<SchemaBuilder, Dictionary<string, string>> ReadObject(List<string> objectNames)
    {
        var name = Next();
        objectNames.Add(name);
        var interfaces = ReadImplements();
        SkipDirectives();
        var fields = ReadFields();
        return (builder, roots) =>
        {
            void Configure(ObjectTypeBuilder type)
            {
                type.Implements([.. interfaces]);
                foreach (var field in fields)
                {
                    AddArguments(type.Field(field.Name, field.Type), field.Arguments);
                }
            }

            if (roots.GetValueOrDefault("query") == name)
            {
                builder.Query(name, Configure);
            }
            else if (roots.GetValueOrDefault("mutation") == name)
            {
                builder.Mutation(name, Configure);
            }
            else if (roots.GetValueOrDefault("subscription") == name)
            {
                builder.Subscription(name, Configure);
            }
            else
            {
                builder.Object(name, Configure);
            }
        };
    }

    private Action<SchemaBuilder, Dictionary<string, string>> ReadOther(string keyword)
    {
        switch (keyword)
        {
            case "interface":
                var name = Next();
                var interfaces = ReadImplements();
                SkipDirectives();
                var fields = ReadFields();
                return (builder, _) => builder.Interface(name, type =>
                {
                    type.Implements([.. interfaces]);
                    foreach (var field in fields)
                    {
                        AddArguments(type.Field(field.Name, field.Type), field.Arguments);
                    }
                });
            case "union":
                var unionName = Next();
                Expect("=");
                var members = new List<string> { Next() };
                while (Peek == "|")
                {
                    _position++;
                    members.Add(Next());
                }

                return (builder, _) => builder.Union(unionName, members);
            case "enum":
                return ReadEnum();
            case "input":
                return ReadInput();
            case "scalar":
                var scalarName = Next();
                SkipDirectives();
                return (builder, _) => builder.Scalar(new AnyScalar(scalarName));
            case "directive":
                return ReadDirective();
            default:
                throw new FormatException($"Unexpected {keyword}.");
        }
    }

    private Action<SchemaBuilder, Dictionary<string, string>> ReadEnum()
    {
        var name = Next();
        SkipDirectives();
        Expect("{");
        var values = new List<string>();
        while (Peek != "}")
        {
            SkipDescription();
            values.Add(Next());
            SkipDirectives();
        }

        Expect("}");
        return (builder, _) => builder.Enum(name, type =>
        {
            foreach (var value in values)
            {
                type.Value(value, value);
            }
        });
    }

    private Action<SchemaBuilder, Dictionary<string, string>> ReadInput()
    {
        var name = Next();
        var oneOf = Peek == "@" && _tokens[_position + 1] == "oneOf";
        SkipDirectives();
        var fields = ReadArguments("{", "}");
        return (builder, _) => builder.InputObject(name, type =>
        {
            if (oneOf)
            {
                type.OneOf();
            }

            foreach (var field in fields)
            {
                type.Field(field.Name, field.Type, defaultValue: field.DefaultValue);
            }
        });
    }

    private Action<SchemaBuilder, Dictionary<string, string>> ReadDirective()
    {
        Expect("@");
        var name = Next();
        var arguments = Peek == "(" ? ReadArguments("(", ")") : [];
        var repeatable = Peek == "repeatable";
        if (repeatable)
        {
            _position++;
        }

        Expect("on");
        var locations = new List<DirectiveLocation>();
        do
        {
            if (Peek == "|")
            {
                _position++;
            }

            var location = Next().Replace("_", string.Empty, StringComparison.Ordinal);
            locations.Add(Enum.Parse<DirectiveLocation>(location, ignoreCase: true));
        }
        while (Peek == "|");

        var definitions = arguments
            .Select(a => DirectiveDefinition.Argument(a.Name, ParseType(a.Type), defaultValue: a.DefaultValue as Sipas.GraphQL.Language.Ast.ValueNode))
            .ToList();
        return (builder, _) => builder.Directive(new DirectiveDefinition(name, locations, definitions, null, repeatable));
    }

    private List<string> ReadImplements()
    {
        var interfaces = new List<string>();
        if (Peek != "implements")
        {
            return interfaces;
        }

        _position++;
        interfaces.Add(Next());
        while (Peek == "&")
        {
            _position++;
            interfaces.Add(Next());
        }

        return interfaces;
    }

    private List<FieldSpec> ReadFields()
    {
        Expect("{");
        var fields = new List<FieldSpec>();
        while (Peek != "}")
        {
            SkipDescription();
            var name = Next();
            var arguments = Peek == "(" ? ReadArguments("(", ")") : [];
            Expect(":");
            fields.Add(new FieldSpec(name, ReadType(), arguments));
            SkipDirectives();
        }

        Expect("}");
        return fields;
    }

    private List<ArgumentSpec> ReadArguments(string open, string close)
    {
        Expect(open);
        var arguments = new List<ArgumentSpec>();
        while (Peek != close)
        {
            if (Peek == ",")
            {
                _position++;
                continue;
            }

            SkipDescription();
            var name = Next();
            Expect(":");
            var type = ReadType();
            object? defaultValue = null;
            if (Peek == "=")
            {
                _position++;
                defaultValue = Parser.ParseValue(ReadValueText());
            }

            SkipDirectives();
            arguments.Add(new ArgumentSpec(name, type, defaultValue));
        }

        Expect(close);
        return arguments;
    }

    private string ReadType()
    {
        string text;
        if (Peek == "[")
        {
            _position++;
            text = "[" + ReadType() + "]";
            Expect("]");
        }
        else
        {
            text = Next();
        }

        if (Peek == "!")
        {
            _position++;
            text += "!";
        }

        return text;
    }

    private string ReadValueText()
    {
        var parts = new List<string>();
        var depth = 0;
        do
        {
            var token = Next();
            depth += token is "[" or "{" ? 1 : token is "]" or "}" ? -1 : 0;
            parts.Add(token);
        }
        while (depth > 0);

        return string.Join(' ', parts);
    }

    private void SkipDirectives()
    {
        while (Peek == "@")
        {
            _position += 2;
            if (Peek == "(")
            {
                while (Next() != ")")
                {
                }
            }
        }
    }

    private static void AddArguments(FieldBuilder field, List<ArgumentSpec> arguments)
    {
        foreach (var argument in arguments)
        {
            field.Argument(argument.Name, argument.Type, defaultValue: argument.DefaultValue);
        }
    }

    private static GraphQLType ParseType(string text) =>
        text.EndsWith('!') ? new NonNullType(ParseType(text[..^1]))
        : text.StartsWith('[') ? new ListType(ParseType(text[1..^1]))
        : text switch
        {
            "Int" => ScalarType.Int,
            "Float" => ScalarType.Float,
            "Boolean" => ScalarType.Boolean,
            "ID" => ScalarType.ID,
            "String" => ScalarType.String,
            _ => throw new FormatException($"Directive argument type {text} is not supported."),
        };
}
