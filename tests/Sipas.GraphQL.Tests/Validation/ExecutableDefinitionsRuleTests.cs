using Sipas.GraphQL.Tests.Validation.Cases;
using Sipas.GraphQL.Tests.Validation.Fixtures;
using Sipas.GraphQL.Validation;

namespace Sipas.GraphQL.Tests.Validation;

public sealed class ExecutableDefinitionsRuleTests
{
    public static TheoryData<string> Cases => ValidationCase.Names(ExecutableDefinitionsCases.All);

    [Theory]
    [MemberData(nameof(Cases))]
    public void Validate_GraphqlJsCase_ReportsTheReferenceErrors(string name)
    {
        var testCase = ValidationCase.Find(ExecutableDefinitionsCases.All, name);

        var errors = ValidationHarness.Validate(ValidationRules.ExecutableDefinitions, testCase);

        ValidationHarness.AssertErrors(testCase, errors);
    }
}
