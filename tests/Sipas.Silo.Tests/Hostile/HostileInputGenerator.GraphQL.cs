using System.Text;
using System.Text.Json;

namespace Sipas.Silo.Tests.Hostile;

/// <summary>
/// Hostile GraphQL over HTTP. The documents lean on what every schema has (<c>__typename</c>, <c>__type</c>,
/// <c>@include</c>/<c>@skip</c>) or on unknown fields, so they stay hostile whatever the SIPAS schema holds.
/// </summary>
internal sealed partial class HostileInputGenerator
{
    private static readonly string[] BaseDocuments =
    [
        "{ __typename }",
        "query Q($n: String!) { __type(name: $n) { name kind fields { name type { name kind ofType { name } } } } }",
        "query { a: __typename b: __type(name: \"Query\") { name } }",
        "fragment F on Query { __typename } query { ...F }",
        "query ($b: Boolean!) { __typename @include(if: $b) @skip(if: false) }",
        "{ __schema { queryType { name } types { name } } }",
        "mutation M { __typename }",
        "subscription S { __typename }",
        "query \"\"\"block\"\"\" { __typename }",
    ];

    private static readonly string[] Junk =
    [
        "{", "}", "(", ")", "[", "]", "$", "@", "!", "...", ":", "=", "|", "&", "\"", "\"\"\"", "#", "\\", "\u0000", "\uFEFF", "é", "🙂", "\\u{110000}",
        "\"\\uD800\"", "\"\\x41\"", "0x1F", "1e", "-", "query", "fragment on on on", "__", "\t", "\r\n", ",,,,", "\u0007",
    ];

    private IEnumerable<HostileHttpCase> GraphQLCases()
    {
        for (var i = 0; i < 1_000; i++)
        {
            yield return GraphQL("graphql.syntax", MangledDocument());
        }

        for (var i = 0; i < 200; i++)
        {
            var depth = i % 5 == 0 ? _random.Next(501, 2_000) : _random.Next(16, 480);
            var name = Pick(["a", "unit", "children", "node"]);
            var document = "{" + string.Concat(Enumerable.Repeat(name + "{", depth - 1)) + "__typename" + new string('}', depth);
            yield return GraphQL("graphql.depth", document, expectedText: depth > 500 ? "nesting" : "depth");
        }

        for (var i = 0; i < 300; i++)
        {
            yield return GraphQL("graphql.aliases-fragments", AliasesAndFragments(i));
        }

        for (var i = 0; i < 100; i++)
        {
            var count = _random.Next(2_000, 9_000);
            var document = (i % 3) switch
            {
                0 => "{ " + string.Join(" ", Enumerable.Repeat("__typename", count)) + " }",
                1 => "{ " + string.Join(" ", Enumerable.Range(0, count).Select(k => "f" + k)) + " }",
                _ => "{ __typename" + string.Concat(Enumerable.Repeat(" @skip(if: false)", count / 4)) + " }",
            };
            yield return GraphQL("graphql.field-explosion", document);
        }

        for (var i = 0; i < 200; i++)
        {
            yield return GraphQL("graphql.introspection", Introspection(i));
        }

        for (var i = 0; i < 800; i++)
        {
            yield return Variables(i);
        }

        for (var i = 0; i < 100; i++)
        {
            yield return (i % 4) switch
            {
                3 when i % 20 != 3 => GraphQL("graphql.oversized-strings", "query($n: String!) { __type(name: $n) { name } }", $"{{\"n\":{Quote(new string('a', _random.Next(100_000, 1_000_000)))}}}"),
                0 => GraphQL("graphql.oversized-strings", $"{{ __type(name: \"{new string('x', _random.Next(70_000, 200_000))}\") {{ name }} }}", expectedText: "exceeds the limit"),
                1 => GraphQL("graphql.oversized-strings", "query($n: String!) { __type(name: $n) { name } }", $"{{\"n\":{Quote(new string('ệ', _random.Next(10_000, 100_000)))}}}"),
                2 => GraphQL("graphql.oversized-strings", "{ __typename }" + new string(' ', 70_000), expectedText: "exceeds the limit"),
                _ => GraphQL("graphql.oversized-strings", "{ __typename }", $"{{\"n\":{Quote(new string('a', 9 * 1024 * 1024))}}}", expectedStatus: 413),
            };
        }

        for (var i = 0; i < 200; i++)
        {
            yield return UnknownOperation(i);
        }

        for (var i = 0; i < 200; i++)
        {
            var one = "{\"query\":\"{ __typename }\"}";
            var body = "[" + string.Join(",", Enumerable.Repeat(one, _random.Next(1, 200))) + "]";
            yield return new HostileHttpCase("graphql.batched-arrays", HttpMethod.Post, GraphQLPath, Utf8(body), ExpectedStatus: 400, Accept: "application/graphql-response+json");
        }

        for (var i = 0; i < 200; i++)
        {
            var query = Pick(["mutation { __typename }", "mutation M { a: __typename }", "subscription { __typename }", "query Q { __typename } mutation M { __typename }", "", "{", "mutation"]);
            var name = i % 3 == 0 ? "&operationName=M" : "";
            var variables = i % 5 == 0 ? "&variables=" + Uri.EscapeDataString(Pick(["[1]", "{", "\"x\"", "{\"a\":\"\\ud800\"}", "null"])) : "";
            var path = $"{GraphQLPath}?query={Uri.EscapeDataString(query)}{name}{variables}";
            yield return new HostileHttpCase("graphql.get-mutations", HttpMethod.Get, path, null, null, Accept: Pick(["application/json", "application/graphql-response+json"]));
        }

        for (var i = 0; i < 300; i++)
        {
            yield return Envelope(i);
        }
    }

    private HostileHttpCase GraphQL(string category, string document, string? variablesJson = null, int? expectedStatus = null, string? expectedText = null, string? operationName = null)
    {
        var body = new StringBuilder("{\"query\":").Append(Quote(document));
        if (variablesJson is not null)
        {
            body.Append(",\"variables\":").Append(variablesJson);
        }

        if (operationName is not null)
        {
            body.Append(",\"operationName\":").Append(operationName);
        }

        body.Append('}');
        return new HostileHttpCase(category, HttpMethod.Post, GraphQLPath, Utf8(body.ToString()), ExpectedStatus: expectedStatus, ExpectedText: expectedText,
            Accept: Pick<string?>([null, "application/json", "application/graphql-response+json", "*/*"]));
    }

    private string MangledDocument()
    {
        var document = Pick(BaseDocuments);
        switch (_random.Next(5))
        {
            case 0:
                return document[.._random.Next(0, document.Length)];
            case 1:
                {
                    var at = _random.Next(0, document.Length);
                    return document[..at] + Pick(Junk) + document[at..];
                }

            case 2:
                {
                    var at = _random.Next(0, document.Length);
                    return document.Remove(at, 1) + Pick(Junk);
                }

            case 3:
                return string.Join(" ", Enumerable.Range(0, _random.Next(1, 60)).Select(_ => Pick(Junk)));
            default:
                return Pick(["\"unterminated", "\"\"\"unterminated block", "{ __typename(arg: \"\\u00\") }", "{ a(b: 1.2.3) }", "{ a(b: 00) }", "{ a(b: -) }", "{ ...on }", "query query query", "{ __typename } }", "{ a(b: [1, 2) }", "{ a(b: {c: }) }", "{ a(b: $) }"]);
        }
    }

    private string AliasesAndFragments(int i)
    {
        var count = _random.Next(16, 3_000);
        switch (i % 6)
        {
            case 0:
                return "{ " + string.Join(" ", Enumerable.Range(0, count).Select(k => $"a{k}: __typename")) + " }";
            case 1:
                return "query { ...A } fragment A on Query { ...B } fragment B on Query { ...A }";
            case 2:
                return "query { ...A } fragment A on Query { __typename ...A }";
            case 3:
                {
                    // A chain of fragments, each spread twice by the one before: 2^n paths if expanded naively.
                    var n = _random.Next(20, 400);
                    var fragments = Enumerable.Range(0, n).Select(k => k == n - 1
                        ? $"fragment F{k} on Query {{ __typename }}"
                        : $"fragment F{k} on Query {{ ...F{k + 1} ...F{k + 1} __typename }}");
                    return "{ ...F0 } " + string.Join(" ", fragments);
                }

            case 4:
                {
                    var n = _random.Next(20, 200);
                    var fragments = Enumerable.Range(0, n).Select(k => $"fragment F{k} on Query {{ x{k} {{ ...F{(k + 1) % n} }} }}");
                    return "{ ...F0 } " + string.Join(" ", fragments);
                }

            default:
                return "{ ...Missing ...on Nope { a } ... @include(if: true) { __typename } } fragment Unused on Query { __typename } fragment Unused on Query { b }";
        }
    }

    private string Introspection(int i)
    {
        switch (i % 5)
        {
            case 0:
                {
                    var depth = _random.Next(5, 60);
                    return "{ __type(name: \"Query\") { " + string.Concat(Enumerable.Repeat("fields { type { ofType { ", depth)) + "name" + string.Concat(Enumerable.Repeat(" } } }", depth)) + " } }";
                }

            case 1:
                {
                    var depth = _random.Next(3, 30);
                    return "{ __schema { types { " + string.Concat(Enumerable.Repeat("fields { args { type { inputFields { type { ", depth)) + "name" + string.Concat(Enumerable.Repeat(" } } } } }", depth)) + " } } }";
                }

            case 2:
                return "{ " + string.Join(" ", Enumerable.Range(0, _random.Next(16, 400)).Select(k => $"t{k}: __schema {{ types {{ name fields {{ name }} }} }}")) + " }";
            case 3:
                return "{ __type(name: \"" + new string('Q', _random.Next(1, 60_000)) + "\") { name } __typename }";
            default:
                return "query IntrospectionQuery { __schema { queryType { name } mutationType { name } subscriptionType { name } types { ...FullType } directives { name locations args { ...InputValue } } } } "
                    + "fragment FullType on __Type { kind name fields(includeDeprecated: true) { name args { ...InputValue } type { ...TypeRef } isDeprecated deprecationReason } inputFields { ...InputValue } interfaces { ...TypeRef } enumValues(includeDeprecated: true) { name } possibleTypes { ...TypeRef } } "
                    + "fragment InputValue on __InputValue { name type { ...TypeRef } defaultValue } "
                    + "fragment TypeRef on __Type { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } } } } } } } }";
        }
    }

    private HostileHttpCase Variables(int i)
    {
        var declared = Pick(["String!", "String", "Int", "Int!", "[Int!]!", "Boolean!", "ID", "Float", "Nope", "[[String]]", "String!!", "Unit!"]);
        var document = (i % 3) switch
        {
            0 => $"query Q($v: {declared}) {{ __type(name: $v) {{ name }} }}",
            1 => $"query Q($v: {declared}) {{ __typename @include(if: $v) }}",
            _ => $"query Q($v: {declared}, $w: Boolean = \"no\") {{ __typename @skip(if: $w) x: __type(name: $undeclared) {{ name }} }}",
        };
        var value = (i % 11) switch
        {
            0 => "{\"v\":1e400}",
            1 => "{\"v\":[1,[2,[3]]]}",
            2 => "{\"v\":{\"nested\":{\"deeper\":true}}}",
            3 => "[1,2,3]",
            4 => "\"variables as a string\"",
            5 => "{\"v\":" + string.Concat(Enumerable.Repeat("[", _random.Next(100, 300))) + "1" + string.Concat(Enumerable.Repeat("]", 300)) + "}",
            6 => "{" + string.Join(",", Enumerable.Range(0, _random.Next(100, 20_000)).Select(k => $"\"k{k}\":{k}")) + "}",
            7 => "{\"v\":\"\\ud800\"}",
            8 => "{\"v\":null,\"v\":\"dup\"}",
            9 => "{\"v\":9007199254740993}",
            _ => "{\"v\":\"" + new string('%', _random.Next(1, 3000)) + "\"}",
        };
        return GraphQL("graphql.variables", document, value, operationName: i % 13 == 0 ? Pick(["1", "null", "[\"Q\"]", "\"Q\"", "\"\\udc00\""]) : null);
    }

    private HostileHttpCase UnknownOperation(int i) => (i % 6) switch
    {
        0 => GraphQL("graphql.unknown-operations", "query A { __typename } query B { __typename }", operationName: "\"C\""),
        1 => GraphQL("graphql.unknown-operations", "query A { __typename } query B { __typename }"),
        2 => GraphQL("graphql.unknown-operations", "{ __typename } { __typename }"),
        3 => GraphQL("graphql.unknown-operations", "subscription S { __typename }"),
        4 => GraphQL("graphql.unknown-operations", "fragment F on Query { __typename }"),
        _ => GraphQL("graphql.unknown-operations", "query A { __typename }", operationName: Quote(new string('A', _random.Next(1, 100_000)))),
    };

    private HostileHttpCase Envelope(int i)
    {
        var (body, type, status) = (i % 12) switch
        {
            0 => ("{\"query\": 42}", "application/json", 400),
            1 => ("{\"query\": {\"a\":1}}", "application/json", 400),
            2 => ("{}", "application/json", 400),
            3 => ("{\"query\": null}", "application/json", 400),
            4 => ("not json at all", "application/json", 400),
            5 => ("{\"query\":\"{ __typename }\"}", "text/plain", 415),
            6 => ("{\"query\":\"{ __typename }\"}", "application/json; charset=utf-16", 415),
            7 => ("{\"query\":\"{ __typename }\",\"extensions\":[1]}", "application/json", 400),
            8 => ("", "application/json", 400),
            9 => ("{\"query\":\"{ __typename }\"", "application/json", 400),
            10 => ("query={__typename}", "application/x-www-form-urlencoded", 415),
            _ => ("{\"query\":\"{ __typename }\"}", null, 415),
        };
        return new HostileHttpCase("graphql.envelopes", HttpMethod.Post, GraphQLPath, Utf8(body), type, ExpectedStatus: status, Accept: "application/graphql-response+json");
    }
}
