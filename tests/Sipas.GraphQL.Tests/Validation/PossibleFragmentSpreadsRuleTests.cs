using Sipas.GraphQL.Tests.Validation.Cases;
using Sipas.GraphQL.Tests.Validation.Fixtures;
using Sipas.GraphQL.Validation;

namespace Sipas.GraphQL.Tests.Validation;

public sealed class PossibleFragmentSpreadsRuleTests
{
    public static TheoryData<string> Cases => ValidationCase.Names(PossibleFragmentSpreadsCases.All);

    [Theory]
    [MemberData(nameof(Cases))]
    public void Validate_GraphqlJsCase_ReportsTheReferenceErrors(string name)
    {
        var testCase = ValidationCase.Find(PossibleFragmentSpreadsCases.All, name);

        var errors = ValidationHarness.Validate(ValidationRules.PossibleFragmentSpreads, testCase);

        ValidationHarness.AssertErrors(testCase, errors);
    }
}
