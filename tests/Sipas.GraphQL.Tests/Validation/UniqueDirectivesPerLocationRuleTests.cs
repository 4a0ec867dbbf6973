using Sipas.GraphQL.Tests.Validation.Cases;
using Sipas.GraphQL.Tests.Validation.Fixtures;
using Sipas.GraphQL.Validation;

namespace Sipas.GraphQL.Tests.Validation;

public sealed class UniqueDirectivesPerLocationRuleTests
{
    public static TheoryData<string> Cases => ValidationCase.Names(UniqueDirectivesPerLocationCases.All);

    [Theory]
    [MemberData(nameof(Cases))]
    public void Validate_GraphqlJsCase_ReportsTheReferenceErrors(string name)
    {
        var testCase = ValidationCase.Find(UniqueDirectivesPerLocationCases.All, name);

        var errors = ValidationHarness.Validate(ValidationRules.UniqueDirectivesPerLocation, testCase);

        ValidationHarness.AssertErrors(testCase, errors);
    }
}
