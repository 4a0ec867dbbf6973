using Sipas.GraphQL.Tests.Validation.Cases;
using Sipas.GraphQL.Tests.Validation.Fixtures;
using Sipas.GraphQL.Validation;

namespace Sipas.GraphQL.Tests.Validation;

public sealed class ValuesOfCorrectTypeRuleTests
{
    public static TheoryData<string> Cases => ValidationCase.Names(ValuesOfCorrectTypeCases.All);

    [Theory]
    [MemberData(nameof(Cases))]
    public void Validate_GraphqlJsCase_ReportsTheReferenceErrors(string name)
    {
        var testCase = ValidationCase.Find(ValuesOfCorrectTypeCases.All, name);

        var errors = ValidationHarness.Validate(ValidationRules.ValuesOfCorrectType, testCase);

        ValidationHarness.AssertErrors(testCase, errors);
    }
}
