namespace Sipas.Runtime;

/// <summary>Names the grain type of a class explicitly (Orleans' <c>[GrainType("name")]</c>); the name keys stored state.</summary>
/// <param name="grainType">The grain type name.</param>
[AttributeUsage(AttributeTargets.Class)]
public sealed class GrainTypeAttribute(string grainType) : Attribute
{
    /// <summary>The grain type name.</summary>
    public string GrainType { get; } = grainType;
}
