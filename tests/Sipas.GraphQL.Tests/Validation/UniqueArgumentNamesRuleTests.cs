using Sipas.GraphQL.Tests.Validation.Cases;
using Sipas.GraphQL.Tests.Validation.Fixtures;
using Sipas.GraphQL.Validation;

namespace Sipas.GraphQL.Tests.Validation;

public sealed class UniqueArgumentNamesRuleTests
{
    public static TheoryData<string> Cases => ValidationCase.Names(UniqueArgumentNamesCases.All);

    [Theory]
    [MemberData(nameof(Cases))]
    public void Validate_GraphqlJsCase_ReportsTheReferenceErrors(string name)
    {
        var testCase = ValidationCase.Find(UniqueArgumentNamesCases.All, name);

        var errors = ValidationHarness.Validate(ValidationRules.UniqueArgumentNames, testCase);

        ValidationHarness.AssertErrors(testCase, errors);
    }
}
