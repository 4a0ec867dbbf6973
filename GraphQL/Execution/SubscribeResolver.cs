namespace Sipas.GraphQL.Execution;

/// <summary>Creates the source event stream of a subscription root field.</summary>
/// <param name="context">Arguments, request context and the subscription's cancellation token.</param>
public delegate ValueTask<IAsyncEnumerable<object?>> SubscribeResolver(ResolveContext context);
