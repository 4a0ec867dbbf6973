using Sipas.GraphQL.Tests.Validation.Cases;
using Sipas.GraphQL.Tests.Validation.Fixtures;
using Sipas.GraphQL.Validation;

namespace Sipas.GraphQL.Tests.Validation;

public sealed class LoneAnonymousOperationRuleTests
{
    public static TheoryData<string> Cases => ValidationCase.Names(LoneAnonymousOperationCases.All);

    [Theory]
    [MemberData(nameof(Cases))]
    public void Validate_GraphqlJsCase_ReportsTheReferenceErrors(string name)
    {
        var testCase = ValidationCase.Find(LoneAnonymousOperationCases.All, name);

        var errors = ValidationHarness.Validate(ValidationRules.LoneAnonymousOperation, testCase);

        ValidationHarness.AssertErrors(testCase, errors);
    }
}
