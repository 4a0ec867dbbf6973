using Sipas.GraphQL.Tests.Validation.Cases;
using Sipas.GraphQL.Tests.Validation.Fixtures;
using Sipas.GraphQL.Validation;

namespace Sipas.GraphQL.Tests.Validation;

public sealed class NoUnusedFragmentsRuleTests
{
    public static TheoryData<string> Cases => ValidationCase.Names(NoUnusedFragmentsCases.All);

    [Theory]
    [MemberData(nameof(Cases))]
    public void Validate_GraphqlJsCase_ReportsTheReferenceErrors(string name)
    {
        var testCase = ValidationCase.Find(NoUnusedFragmentsCases.All, name);

        var errors = ValidationHarness.Validate(ValidationRules.NoUnusedFragments, testCase);

        ValidationHarness.AssertErrors(testCase, errors);
    }
}
