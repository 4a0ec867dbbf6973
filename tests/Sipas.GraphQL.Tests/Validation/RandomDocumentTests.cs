using Sipas.GraphQL.Tests.Validation.Cases;
using Sipas.GraphQL.Tests.Validation.Fixtures;
using Sipas.GraphQL.Validation;

namespace Sipas.GraphQL.Tests.Validation;

/// <summary>Random documents mixing every kind of mistake: all rules together must match graphql-js exactly.</summary>
public sealed class RandomDocumentTests
{
    public static TheoryData<string> Cases => ValidationCase.Names(RandomDocumentCases.All);

    [Theory]
    [MemberData(nameof(Cases))]
    public void Validate_RandomDocument_ReportsTheReferenceErrors(string name)
    {
        var testCase = ValidationCase.Find(RandomDocumentCases.All, name);

        var errors = ValidationHarness.Validate(ValidationRules.All, testCase);

        ValidationHarness.AssertErrors(testCase, errors);
    }
}
