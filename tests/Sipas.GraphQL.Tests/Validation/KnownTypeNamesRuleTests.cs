using Sipas.GraphQL.Tests.Validation.Cases;
using Sipas.GraphQL.Tests.Validation.Fixtures;
using Sipas.GraphQL.Validation;

namespace Sipas.GraphQL.Tests.Validation;

public sealed class KnownTypeNamesRuleTests
{
    public static TheoryData<string> Cases => ValidationCase.Names(KnownTypeNamesCases.All);

    [Theory]
    [MemberData(nameof(Cases))]
    public void Validate_GraphqlJsCase_ReportsTheReferenceErrors(string name)
    {
        var testCase = ValidationCase.Find(KnownTypeNamesCases.All, name);

        var errors = ValidationHarness.Validate(ValidationRules.KnownTypeNames, testCase);

        ValidationHarness.AssertErrors(testCase, errors);
    }
}
