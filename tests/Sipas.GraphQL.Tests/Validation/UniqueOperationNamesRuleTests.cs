using Sipas.GraphQL.Tests.Validation.Cases;
using Sipas.GraphQL.Tests.Validation.Fixtures;
using Sipas.GraphQL.Validation;

namespace Sipas.GraphQL.Tests.Validation;

public sealed class UniqueOperationNamesRuleTests
{
    public static TheoryData<string> Cases => ValidationCase.Names(UniqueOperationNamesCases.All);

    [Theory]
    [MemberData(nameof(Cases))]
    public void Validate_GraphqlJsCase_ReportsTheReferenceErrors(string name)
    {
        var testCase = ValidationCase.Find(UniqueOperationNamesCases.All, name);

        var errors = ValidationHarness.Validate(ValidationRules.UniqueOperationNames, testCase);

        ValidationHarness.AssertErrors(testCase, errors);
    }
}
