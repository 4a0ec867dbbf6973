using Sipas.GraphQL.Types;

namespace Sipas.GraphQL.Validation.Internal;

/// <summary>Input object traits validation needs.</summary>
internal static class InputObjects
{
    /// <summary>True for a oneOf input object (<c>@oneOf</c>): exactly one field, never null.</summary>
    public static bool IsOneOf(InputObjectType type) => type.IsOneOf;
}
