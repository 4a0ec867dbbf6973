namespace Sipas.Runtime;

/// <summary>
/// The identity of a grain: its grain type (by default the implementation class name, lower case, without the
/// <c>Grain</c> suffix, like Orleans) and its string key. Printed as <c>type/key</c>.
/// </summary>
/// <param name="Type">The grain type name.</param>
/// <param name="Key">The grain key.</param>
public readonly record struct GrainId(string Type, string Key)
{
    /// <inheritdoc />
    public override string ToString() => Type + "/" + Key;
}
