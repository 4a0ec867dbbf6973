using Sipas.GraphQL.Tests.Validation.Cases;
using Sipas.GraphQL.Tests.Validation.Fixtures;
using Sipas.GraphQL.Validation;

namespace Sipas.GraphQL.Tests.Validation;

public sealed class UniqueFragmentNamesRuleTests
{
    public static TheoryData<string> Cases => ValidationCase.Names(UniqueFragmentNamesCases.All);

    [Theory]
    [MemberData(nameof(Cases))]
    public void Validate_GraphqlJsCase_ReportsTheReferenceErrors(string name)
    {
        var testCase = ValidationCase.Find(UniqueFragmentNamesCases.All, name);

        var errors = ValidationHarness.Validate(ValidationRules.UniqueFragmentNames, testCase);

        ValidationHarness.AssertErrors(testCase, errors);
    }
}
