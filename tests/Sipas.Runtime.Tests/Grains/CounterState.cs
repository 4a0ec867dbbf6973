namespace Sipas.Runtime.Tests.Grains;

public sealed record CounterState
{
    public int Value { get; init; }

    public string Payload { get; init; } = "";
}
