using Sipas.GraphQL.Tests.Validation.Cases;
using Sipas.GraphQL.Tests.Validation.Fixtures;
using Sipas.GraphQL.Validation;

namespace Sipas.GraphQL.Tests.Validation;

public sealed class OverlappingFieldsCanBeMergedRuleTests
{
    public static TheoryData<string> Cases => ValidationCase.Names(OverlappingFieldsCanBeMergedCases.All);

    [Theory]
    [MemberData(nameof(Cases))]
    public void Validate_GraphqlJsCase_ReportsTheReferenceErrors(string name)
    {
        var testCase = ValidationCase.Find(OverlappingFieldsCanBeMergedCases.All, name);

        var errors = ValidationHarness.Validate(ValidationRules.OverlappingFieldsCanBeMerged, testCase);

        ValidationHarness.AssertErrors(testCase, errors);
    }
}
