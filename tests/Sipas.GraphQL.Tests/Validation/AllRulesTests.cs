using Sipas.GraphQL.Tests.Validation.Cases;
using Sipas.GraphQL.Tests.Validation.Fixtures;
using Sipas.GraphQL.Validation;

namespace Sipas.GraphQL.Tests.Validation;

/// <summary>Every rule at once: errors from several rules must come in graphql-js's order.</summary>
public sealed class AllRulesTests
{
    public static TheoryData<string> Cases => ValidationCase.Names(AllRulesCases.All);

    [Theory]
    [MemberData(nameof(Cases))]
    public void Validate_GraphqlJsDocumentWithAllRules_ReportsTheReferenceErrors(string name)
    {
        var testCase = ValidationCase.Find(AllRulesCases.All, name);

        var errors = ValidationHarness.Validate(ValidationRules.All, testCase);

        ValidationHarness.AssertErrors(testCase, errors);
    }
}
