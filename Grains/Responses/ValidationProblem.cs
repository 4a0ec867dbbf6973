namespace Sipas.Grains.Responses;

/// <summary>One problem with a response: the JSON-ish field it concerns (<c>answers.TC9</c>) and what to do.</summary>
public sealed record ValidationProblem(string Field, string Message)
{
    public override string ToString() => $"{Field}: {Message}";
}
