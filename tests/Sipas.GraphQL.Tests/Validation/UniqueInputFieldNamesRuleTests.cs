using Sipas.GraphQL.Tests.Validation.Cases;
using Sipas.GraphQL.Tests.Validation.Fixtures;
using Sipas.GraphQL.Validation;

namespace Sipas.GraphQL.Tests.Validation;

public sealed class UniqueInputFieldNamesRuleTests
{
    public static TheoryData<string> Cases => ValidationCase.Names(UniqueInputFieldNamesCases.All);

    [Theory]
    [MemberData(nameof(Cases))]
    public void Validate_GraphqlJsCase_ReportsTheReferenceErrors(string name)
    {
        var testCase = ValidationCase.Find(UniqueInputFieldNamesCases.All, name);

        var errors = ValidationHarness.Validate(ValidationRules.UniqueInputFieldNames, testCase);

        ValidationHarness.AssertErrors(testCase, errors);
    }
}
