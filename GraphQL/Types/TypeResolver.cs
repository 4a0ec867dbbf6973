using Sipas.GraphQL.Execution;

namespace Sipas.GraphQL.Types;

/// <summary>Names the object type of a value resolved for an interface or union field.</summary>
/// <param name="value">The resolved value.</param>
/// <param name="context">The field's resolve context.</param>
/// <returns>The object type name, or null when unknown.</returns>
public delegate string? TypeResolver(object value, ResolveContext context);
