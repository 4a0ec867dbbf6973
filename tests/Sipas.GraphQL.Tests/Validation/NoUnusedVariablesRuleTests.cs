using Sipas.GraphQL.Tests.Validation.Cases;
using Sipas.GraphQL.Tests.Validation.Fixtures;
using Sipas.GraphQL.Validation;

namespace Sipas.GraphQL.Tests.Validation;

public sealed class NoUnusedVariablesRuleTests
{
    public static TheoryData<string> Cases => ValidationCase.Names(NoUnusedVariablesCases.All);

    [Theory]
    [MemberData(nameof(Cases))]
    public void Validate_GraphqlJsCase_ReportsTheReferenceErrors(string name)
    {
        var testCase = ValidationCase.Find(NoUnusedVariablesCases.All, name);

        var errors = ValidationHarness.Validate(ValidationRules.NoUnusedVariables, testCase);

        ValidationHarness.AssertErrors(testCase, errors);
    }
}
