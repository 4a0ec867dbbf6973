using Sipas.Grains.Aggregates;

namespace Sipas.Api.Rest;

/// <summary>A proportion in percent with its Wilson 95% interval and n.</summary>
public sealed record MeasureDto(double Value, double Low, double High, long N)
{
    public static MeasureDto From(Measure m) => new(m.Value, m.Low, m.High, m.N);
}
