namespace Sipas.GraphQL.Tests.Validation;

/// <summary>One validation scenario: a document, the schema it runs against, and the errors graphql-js reports.</summary>
public sealed record ValidationCase(string Name, string Schema, string Query, params ExpectedError[] Errors)
{
    public static TheoryData<string> Names(IEnumerable<ValidationCase> cases)
    {
        var names = new TheoryData<string>();
        foreach (var testCase in cases)
        {
            names.Add(testCase.Name);
        }

        return names;
    }

    public static ValidationCase Find(IEnumerable<ValidationCase> cases, string name) =>
        cases.Single(c => c.Name == name);

    public override string ToString() => Name;
}
