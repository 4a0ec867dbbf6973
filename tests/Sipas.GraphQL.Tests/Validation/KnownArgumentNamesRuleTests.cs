using Sipas.GraphQL.Tests.Validation.Cases;
using Sipas.GraphQL.Tests.Validation.Fixtures;
using Sipas.GraphQL.Validation;

namespace Sipas.GraphQL.Tests.Validation;

public sealed class KnownArgumentNamesRuleTests
{
    public static TheoryData<string> Cases => ValidationCase.Names(KnownArgumentNamesCases.All);

    [Theory]
    [MemberData(nameof(Cases))]
    public void Validate_GraphqlJsCase_ReportsTheReferenceErrors(string name)
    {
        var testCase = ValidationCase.Find(KnownArgumentNamesCases.All, name);

        var errors = ValidationHarness.Validate(ValidationRules.KnownArgumentNames, testCase);

        ValidationHarness.AssertErrors(testCase, errors);
    }
}
