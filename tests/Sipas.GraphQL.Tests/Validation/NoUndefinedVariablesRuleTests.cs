using Sipas.GraphQL.Tests.Validation.Cases;
using Sipas.GraphQL.Tests.Validation.Fixtures;
using Sipas.GraphQL.Validation;

namespace Sipas.GraphQL.Tests.Validation;

public sealed class NoUndefinedVariablesRuleTests
{
    public static TheoryData<string> Cases => ValidationCase.Names(NoUndefinedVariablesCases.All);

    [Theory]
    [MemberData(nameof(Cases))]
    public void Validate_GraphqlJsCase_ReportsTheReferenceErrors(string name)
    {
        var testCase = ValidationCase.Find(NoUndefinedVariablesCases.All, name);

        var errors = ValidationHarness.Validate(ValidationRules.NoUndefinedVariables, testCase);

        ValidationHarness.AssertErrors(testCase, errors);
    }
}
