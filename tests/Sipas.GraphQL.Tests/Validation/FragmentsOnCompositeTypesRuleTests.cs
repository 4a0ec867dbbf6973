using Sipas.GraphQL.Tests.Validation.Cases;
using Sipas.GraphQL.Tests.Validation.Fixtures;
using Sipas.GraphQL.Validation;

namespace Sipas.GraphQL.Tests.Validation;

public sealed class FragmentsOnCompositeTypesRuleTests
{
    public static TheoryData<string> Cases => ValidationCase.Names(FragmentsOnCompositeTypesCases.All);

    [Theory]
    [MemberData(nameof(Cases))]
    public void Validate_GraphqlJsCase_ReportsTheReferenceErrors(string name)
    {
        var testCase = ValidationCase.Find(FragmentsOnCompositeTypesCases.All, name);

        var errors = ValidationHarness.Validate(ValidationRules.FragmentsOnCompositeTypes, testCase);

        ValidationHarness.AssertErrors(testCase, errors);
    }
}
