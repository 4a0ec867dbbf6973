using Sipas.GraphQL.Language;

namespace Sipas.GraphQL.Tests.Language;

public sealed class PrinterTests
{
    [Fact]
    public void Print_KitchenSinkQuery_RoundTripsToGraphQLJsFormat()
    {
        const string expected = """"
            query queryName($foo: ComplexType, $site: Site = MOBILE) @onQuery {
              whoever123is: node(id: [123, 456]) {
                id
                ... on User @onInlineFragment {
                  field2 {
                    id
                    alias: field1(first: 10, after: $foo) @include(if: $foo) {
                      id
                      ...frag @onFragmentSpread
                    }
                  }
                }
                ... @skip(unless: $foo) {
                  id
                }
                ... {
                  id
                }
              }
            }

            mutation likeStory @onMutation {
              like(story: 123) @onField {
                story {
                  id @onField
                }
              }
            }

            fragment frag on Friend @onFragmentDefinition {
              foo(size: $size, obj: {key: "value", list: [1, 2.5]})
              bar(block: """
              block string uses \"""
              """)
            }

            {
              unnamed(truthy: true, falsy: false, nullish: null)
              query
            }
            """";

        var printed = Printer.Print(Parser.Parse(expected));

        Assert.Equal(expected, printed);
    }

    [Fact]
    public void Print_AnonymousQueryWithVariables_KeepsKeyword()
    {
        var printed = Printer.Print(Parser.Parse("query ($a: Int) { f(a: $a) }"));

        Assert.Equal("query ($a: Int) {\n  f(a: $a)\n}", printed);
    }

    [Fact]
    public void Print_LongArgumentLine_BreaksArguments()
    {
        var printed = Printer.Print(Parser.Parse("{ field(argumentNumberOne: \"aaaaaaaaaaaaaaa\", argumentNumberTwo: \"bbbbbbbbbbbbbbbbbbbbbbbbbbb\") }"));

        Assert.Equal("{\n  field(\n    argumentNumberOne: \"aaaaaaaaaaaaaaa\"\n    argumentNumberTwo: \"bbbbbbbbbbbbbbbbbbbbbbbbbbb\"\n  )\n}", printed);
    }

    [Theory]
    [InlineData("a\"b\\c\n\u0001\u007F", "\"a\\\"b\\\\c\\n\\u0001\\u007F\"")]
    [InlineData("Hà Nội", "\"Hà Nội\"")]
    public void PrintString_EscapesLikeGraphQLJs(string value, string expected)
    {
        Assert.Equal(expected, Printer.PrintString(value));
    }

    [Theory]
    [InlineData("single line", "\"\"\"single line\"\"\"")]
    [InlineData("two\nlines", "\"\"\"\ntwo\nlines\n\"\"\"")]
    [InlineData(" leading space", "\"\"\" leading space\"\"\"")]
    [InlineData("ends with quote\"", "\"\"\"\nends with quote\"\n\"\"\"")]
    public void PrintBlockString_FormatsLikeGraphQLJs(string value, string expected)
    {
        Assert.Equal(expected, Printer.PrintBlockString(value));
    }
}
