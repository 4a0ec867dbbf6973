using Sipas.GraphQL.Tests.Validation.Cases;
using Sipas.GraphQL.Tests.Validation.Fixtures;
using Sipas.GraphQL.Validation;

namespace Sipas.GraphQL.Tests.Validation;

public sealed class FieldsOnCorrectTypeRuleTests
{
    public static TheoryData<string> Cases => ValidationCase.Names(FieldsOnCorrectTypeCases.All);

    [Theory]
    [MemberData(nameof(Cases))]
    public void Validate_GraphqlJsCase_ReportsTheReferenceErrors(string name)
    {
        var testCase = ValidationCase.Find(FieldsOnCorrectTypeCases.All, name);

        var errors = ValidationHarness.Validate(ValidationRules.FieldsOnCorrectType, testCase);

        ValidationHarness.AssertErrors(testCase, errors);
    }
}
