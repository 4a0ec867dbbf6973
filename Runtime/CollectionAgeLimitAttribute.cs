namespace Sipas.Runtime;

/// <summary>Overrides the idle collection age for one grain class (Orleans' <c>[CollectionAgeLimit(Minutes = 5)]</c>).</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class CollectionAgeLimitAttribute : Attribute
{
    /// <summary>Minutes of idleness after which an activation is collected.</summary>
    public double Minutes { get; init; }

    /// <summary>The age as a <see cref="TimeSpan"/>.</summary>
    public TimeSpan Amount => TimeSpan.FromMinutes(Minutes);
}
