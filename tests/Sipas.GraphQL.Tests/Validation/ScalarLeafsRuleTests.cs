using Sipas.GraphQL.Tests.Validation.Cases;
using Sipas.GraphQL.Tests.Validation.Fixtures;
using Sipas.GraphQL.Validation;

namespace Sipas.GraphQL.Tests.Validation;

public sealed class ScalarLeafsRuleTests
{
    public static TheoryData<string> Cases => ValidationCase.Names(ScalarLeafsCases.All);

    [Theory]
    [MemberData(nameof(Cases))]
    public void Validate_GraphqlJsCase_ReportsTheReferenceErrors(string name)
    {
        var testCase = ValidationCase.Find(ScalarLeafsCases.All, name);

        var errors = ValidationHarness.Validate(ValidationRules.ScalarLeafs, testCase);

        ValidationHarness.AssertErrors(testCase, errors);
    }
}
