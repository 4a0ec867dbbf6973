using Sipas.GraphQL.Tests.Validation.Cases;
using Sipas.GraphQL.Tests.Validation.Fixtures;
using Sipas.GraphQL.Validation;

namespace Sipas.GraphQL.Tests.Validation;

public sealed class MaxIntrospectionDepthRuleTests
{
    public static TheoryData<string> Cases => ValidationCase.Names(MaxIntrospectionDepthCases.All);

    [Theory]
    [MemberData(nameof(Cases))]
    public void Validate_GraphqlJsCase_ReportsTheReferenceErrors(string name)
    {
        var testCase = ValidationCase.Find(MaxIntrospectionDepthCases.All, name);

        var errors = ValidationHarness.Validate(ValidationRules.MaxIntrospectionDepth, testCase);

        ValidationHarness.AssertErrors(testCase, errors);
    }
}
