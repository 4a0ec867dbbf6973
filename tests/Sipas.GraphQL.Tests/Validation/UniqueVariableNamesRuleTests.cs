using Sipas.GraphQL.Tests.Validation.Cases;
using Sipas.GraphQL.Tests.Validation.Fixtures;
using Sipas.GraphQL.Validation;

namespace Sipas.GraphQL.Tests.Validation;

public sealed class UniqueVariableNamesRuleTests
{
    public static TheoryData<string> Cases => ValidationCase.Names(UniqueVariableNamesCases.All);

    [Theory]
    [MemberData(nameof(Cases))]
    public void Validate_GraphqlJsCase_ReportsTheReferenceErrors(string name)
    {
        var testCase = ValidationCase.Find(UniqueVariableNamesCases.All, name);

        var errors = ValidationHarness.Validate(ValidationRules.UniqueVariableNames, testCase);

        ValidationHarness.AssertErrors(testCase, errors);
    }
}
