using Sipas.GraphQL.Types;

namespace Sipas.GraphQL.Validation.Internal;

/// <summary>Input object traits validation needs beyond the type system's surface.</summary>
internal static class InputObjects
{
    /// <summary>
    /// True for a oneOf input object (<c>@oneOf</c>). The type system does not expose the flag yet, so the oneOf
    /// checks stay off until it does.
    /// </summary>
    public static bool IsOneOf(InputObjectType type)
    {
        ArgumentNullException.ThrowIfNull(type);
        return false;
    }
}
