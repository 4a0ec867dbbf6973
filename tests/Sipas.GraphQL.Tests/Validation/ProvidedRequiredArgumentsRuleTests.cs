using Sipas.GraphQL.Tests.Validation.Cases;
using Sipas.GraphQL.Tests.Validation.Fixtures;
using Sipas.GraphQL.Validation;

namespace Sipas.GraphQL.Tests.Validation;

public sealed class ProvidedRequiredArgumentsRuleTests
{
    public static TheoryData<string> Cases => ValidationCase.Names(ProvidedRequiredArgumentsCases.All);

    [Theory]
    [MemberData(nameof(Cases))]
    public void Validate_GraphqlJsCase_ReportsTheReferenceErrors(string name)
    {
        var testCase = ValidationCase.Find(ProvidedRequiredArgumentsCases.All, name);

        var errors = ValidationHarness.Validate(ValidationRules.ProvidedRequiredArguments, testCase);

        ValidationHarness.AssertErrors(testCase, errors);
    }
}
