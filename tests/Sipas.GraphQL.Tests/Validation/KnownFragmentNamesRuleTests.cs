using Sipas.GraphQL.Tests.Validation.Cases;
using Sipas.GraphQL.Tests.Validation.Fixtures;
using Sipas.GraphQL.Validation;

namespace Sipas.GraphQL.Tests.Validation;

public sealed class KnownFragmentNamesRuleTests
{
    public static TheoryData<string> Cases => ValidationCase.Names(KnownFragmentNamesCases.All);

    [Theory]
    [MemberData(nameof(Cases))]
    public void Validate_GraphqlJsCase_ReportsTheReferenceErrors(string name)
    {
        var testCase = ValidationCase.Find(KnownFragmentNamesCases.All, name);

        var errors = ValidationHarness.Validate(ValidationRules.KnownFragmentNames, testCase);

        ValidationHarness.AssertErrors(testCase, errors);
    }
}
