using Sipas.GraphQL.Tests.Validation.Cases;
using Sipas.GraphQL.Tests.Validation.Fixtures;
using Sipas.GraphQL.Validation;

namespace Sipas.GraphQL.Tests.Validation;

public sealed class VariablesAreInputTypesRuleTests
{
    public static TheoryData<string> Cases => ValidationCase.Names(VariablesAreInputTypesCases.All);

    [Theory]
    [MemberData(nameof(Cases))]
    public void Validate_GraphqlJsCase_ReportsTheReferenceErrors(string name)
    {
        var testCase = ValidationCase.Find(VariablesAreInputTypesCases.All, name);

        var errors = ValidationHarness.Validate(ValidationRules.VariablesAreInputTypes, testCase);

        ValidationHarness.AssertErrors(testCase, errors);
    }
}
