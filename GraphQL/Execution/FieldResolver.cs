namespace Sipas.GraphQL.Execution;

/// <summary>Resolves a field's value. Prefer the <see cref="Types.FieldBuilder"/> helpers, which wrap sync and async code.</summary>
/// <param name="context">Parent value, typed arguments, request context and cancellation.</param>
public delegate ValueTask<object?> FieldResolver(ResolveContext context);
