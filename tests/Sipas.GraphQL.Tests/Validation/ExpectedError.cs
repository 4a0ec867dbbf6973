namespace Sipas.GraphQL.Tests.Validation;

/// <summary>An error as graphql-js prints it: the message and its (line, column) locations.</summary>
public sealed record ExpectedError(string Message, params (int Line, int Column)[] Locations)
{
    public override string ToString() =>
        Message + " @ " + string.Join(", ", Locations.Select(l => $"{l.Line}:{l.Column}"));
}
