using Sipas.GraphQL.Language;
using Sipas.GraphQL.Language.Ast;
using Sipas.GraphQL.Tests.Validation.Cases;
using Sipas.GraphQL.Tests.Validation.Fixtures;
using Sipas.GraphQL.Validation;

namespace Sipas.GraphQL.Tests.Validation;

public sealed class DocumentValidatorTests
{
    private static IReadOnlyList<GraphQLError> Validate(string query, ValidationOptions? options = null) =>
        DocumentValidator.Validate(ValidationHarness.SchemaFor(ValidationSchemas.TestSchema), Parser.Parse(query), options);

    [Fact]
    public void Validate_IntrospectionMetaFields_ReturnsNoErrors()
    {
        const string query = """{ __typename dog { __typename name } __schema { queryType { name } } __type(name: "Dog") { name } }""";

        var errors = Validate(query);

        Assert.Empty(errors);
    }

    [Fact]
    public void Validate_ErrorsOfSeveralRules_ReportsThemInGraphqlJsOrder()
    {
        const string query = """
            query Q($unused: Int, $id: ID) {
              dog { name barkz ...F }
              human(id: $id, id: 1) { name }
              complicatedArgs { intArgField(intArg: "x") }
            }
            fragment F on Cat { meows }
            fragment G on Dog { name }
            """;

        var errors = Validate(query);

        // graphql-js 16 validate(testSchema, parse(query)) prints exactly these, in this order.
        ValidationHarness.AssertErrors(
            new ValidationCase(
                "several rules",
                ValidationSchemas.TestSchema,
                query,
                new ExpectedError("Cannot query field \"barkz\" on type \"Dog\". Did you mean \"barks\"?", (2, 14)),
                new ExpectedError("Fragment \"F\" cannot be spread here as objects of type \"Dog\" can never be of type \"Cat\".", (2, 20)),
                new ExpectedError("There can be only one argument named \"id\".", (3, 9), (3, 18)),
                new ExpectedError("Int cannot represent non-integer value: \"x\"", (4, 41)),
                new ExpectedError("Variable \"$unused\" is never used in operation \"Q\".", (1, 9)),
                new ExpectedError("Fragment \"G\" is never used.", (7, 1))),
            errors);
    }

    private const string MisspelledQuery = """
        query ($x: Dgo) {
          dog { nme doesKnowCommand(dogCommand: SITT, dogComand: SIT) }
          complicatedArgs { complexArgField(complexArg: {requiredField: true, intFeld: 1}) enumArgField(enumArg: "BROWN") }
        }
        """;

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Validate_MisspelledNames_SuggestUnlessHidden(bool hide)
    {
        var errors = Validate(MisspelledQuery, new ValidationOptions { HideSuggestions = hide });

        // graphql-js 16.15 validate(testSchema, parse(query), undefined, { hideSuggestions }).
        string[] expected =
        [
            "Unknown type \"Dgo\"." + (hide ? string.Empty : " Did you mean \"Dog\"?"),
            "Cannot query field \"nme\" on type \"Dog\"." + (hide ? string.Empty : " Did you mean \"name\"?"),
            "Value \"SITT\" does not exist in \"DogCommand\" enum." + (hide ? string.Empty : " Did you mean the enum value \"SIT\"?"),
            "Unknown argument \"dogComand\" on field \"Dog.doesKnowCommand\"." + (hide ? string.Empty : " Did you mean \"dogCommand\"?"),
            "Field \"intFeld\" is not defined by type \"ComplexInput\"." + (hide ? string.Empty : " Did you mean \"intField\"?"),
            "Enum \"FurColor\" cannot represent non-enum value: \"BROWN\"." + (hide ? string.Empty : " Did you mean the enum value \"BROWN\"?"),
            "Variable \"$x\" is never used.",
        ];
        Assert.Equal(expected, errors.Select(e => e.Message));
    }

    [Fact]
    public void Validate_MoreErrorsThanTheLimit_StopsWithTooManyErrors()
    {
        const string query = "{ a b c d }";

        var errors = Validate(query, new ValidationOptions { MaxErrors = 2 });

        Assert.Equal(3, errors.Count);
        Assert.Equal("Too many validation errors, error limit reached. Validation aborted.", errors[2].Message);
        Assert.Null(errors[2].Locations);
    }

    [Fact]
    public void Validate_OverlapWorkBeyondTheBudget_AbortsLikeGraphqlJs()
    {
        // 1,000 repeats of a field are 499,500 pairs at 2 units each: past graphql-js 16.15's budget of 500,000.
        var query = "{ dog { " + string.Concat(Enumerable.Repeat("name ", 1000)) + "} }";

        var errors = Validate(query);

        var error = Assert.Single(errors);
        Assert.Equal("Validation aborted.", error.Message);
        Assert.Null(error.Locations);
    }

    [Fact]
    public void Validate_HundredsOfRepeatsOfOneField_ReturnsNoErrors()
    {
        var query = "{ dog { " + string.Concat(Enumerable.Repeat("name ", 400)) + "} }";

        var errors = Validate(query);

        Assert.Empty(errors);
    }

    [Fact]
    public void Validate_SmallerBudget_AbortsEarlier()
    {
        var query = "{ dog { " + string.Concat(Enumerable.Repeat("name ", 400)) + "} }";

        var errors = Validate(query, new ValidationOptions { MaxFieldComparisons = 1000 });

        Assert.Equal("Validation aborted.", Assert.Single(errors).Message);
    }

    [Fact]
    public void Validate_NestingDeeperThanTheStack_ReportsAnErrorInsteadOfCrashing()
    {
        var document = Parser.Parse("{ dog { name } }");
        var deep = new DocumentNode([Nest(document, 100_000)], document.Location);

        var errors = DocumentValidator.Validate(ValidationHarness.SchemaFor(ValidationSchemas.TestSchema), deep);

        Assert.Contains(errors, e => e.Message == "The document is too deeply nested to validate.");
    }

    [Fact]
    public void Validate_RuleSubset_RunsOnlyTheSelectedRules()
    {
        const string query = "query ($unused: Int) { dog { barkz } }";

        var errors = Validate(query, new ValidationOptions { Rules = ValidationRules.NoUnusedVariables });

        var error = Assert.Single(errors);
        Assert.Equal("Variable \"$unused\" is never used.", error.Message);
    }

    [Fact]
    public void Validate_FragmentDefinedAfterItsOperation_FindsItsVariables()
    {
        const string query = """
            query ($cmd: DogCommand) { dog { ...F } }
            fragment F on Dog { doesKnowCommand(dogCommand: $cmd) }
            """;

        var errors = Validate(query);

        Assert.Empty(errors);
    }

    // Builds `{ dog { mother { mother { … } } } }` directly as an AST, deeper than the parser would accept.
    private static OperationDefinitionNode Nest(DocumentNode template, int depth)
    {
        var operation = (OperationDefinitionNode)template.Definitions[0];
        var location = operation.Location;
        SelectionSetNode set = new([new FieldNode(null, new("name", location), [], [], null, location)], location);
        for (var i = 0; i < depth; i++)
        {
            set = new([new FieldNode(null, new("mother", location), [], [], set, location)], location);
        }

        var dog = new FieldNode(null, new("dog", location), [], [], set, location);
        return new(OperationType.Query, null, [], [], new([dog], location), location);
    }
}
