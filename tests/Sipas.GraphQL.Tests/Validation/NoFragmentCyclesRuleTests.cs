using Sipas.GraphQL.Tests.Validation.Cases;
using Sipas.GraphQL.Tests.Validation.Fixtures;
using Sipas.GraphQL.Validation;

namespace Sipas.GraphQL.Tests.Validation;

public sealed class NoFragmentCyclesRuleTests
{
    public static TheoryData<string> Cases => ValidationCase.Names(NoFragmentCyclesCases.All);

    [Theory]
    [MemberData(nameof(Cases))]
    public void Validate_GraphqlJsCase_ReportsTheReferenceErrors(string name)
    {
        var testCase = ValidationCase.Find(NoFragmentCyclesCases.All, name);

        var errors = ValidationHarness.Validate(ValidationRules.NoFragmentCycles, testCase);

        ValidationHarness.AssertErrors(testCase, errors);
    }
}
