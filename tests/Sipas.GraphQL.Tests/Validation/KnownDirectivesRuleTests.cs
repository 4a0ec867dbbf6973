using Sipas.GraphQL.Tests.Validation.Cases;
using Sipas.GraphQL.Tests.Validation.Fixtures;
using Sipas.GraphQL.Validation;

namespace Sipas.GraphQL.Tests.Validation;

public sealed class KnownDirectivesRuleTests
{
    public static TheoryData<string> Cases => ValidationCase.Names(KnownDirectivesCases.All);

    [Theory]
    [MemberData(nameof(Cases))]
    public void Validate_GraphqlJsCase_ReportsTheReferenceErrors(string name)
    {
        var testCase = ValidationCase.Find(KnownDirectivesCases.All, name);

        var errors = ValidationHarness.Validate(ValidationRules.KnownDirectives, testCase);

        ValidationHarness.AssertErrors(testCase, errors);
    }
}
