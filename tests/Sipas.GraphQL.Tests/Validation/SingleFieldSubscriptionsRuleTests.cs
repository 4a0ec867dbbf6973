using Sipas.GraphQL.Tests.Validation.Cases;
using Sipas.GraphQL.Tests.Validation.Fixtures;
using Sipas.GraphQL.Validation;

namespace Sipas.GraphQL.Tests.Validation;

public sealed class SingleFieldSubscriptionsRuleTests
{
    public static TheoryData<string> Cases => ValidationCase.Names(SingleFieldSubscriptionsCases.All);

    [Theory]
    [MemberData(nameof(Cases))]
    public void Validate_GraphqlJsCase_ReportsTheReferenceErrors(string name)
    {
        var testCase = ValidationCase.Find(SingleFieldSubscriptionsCases.All, name);

        var errors = ValidationHarness.Validate(ValidationRules.SingleFieldSubscriptions, testCase);

        ValidationHarness.AssertErrors(testCase, errors);
    }
}
