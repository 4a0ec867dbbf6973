using Sipas.GraphQL.Tests.Validation.Cases;
using Sipas.GraphQL.Tests.Validation.Fixtures;
using Sipas.GraphQL.Validation;

namespace Sipas.GraphQL.Tests.Validation;

public sealed class VariablesInAllowedPositionRuleTests
{
    public static TheoryData<string> Cases => ValidationCase.Names(VariablesInAllowedPositionCases.All);

    [Theory]
    [MemberData(nameof(Cases))]
    public void Validate_GraphqlJsCase_ReportsTheReferenceErrors(string name)
    {
        var testCase = ValidationCase.Find(VariablesInAllowedPositionCases.All, name);

        var errors = ValidationHarness.Validate(ValidationRules.VariablesInAllowedPosition, testCase);

        ValidationHarness.AssertErrors(testCase, errors);
    }
}
