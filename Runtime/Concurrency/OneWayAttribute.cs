namespace Sipas.Runtime.Concurrency;

/// <summary>Fire-and-forget: the caller gets a completed task at once; messages from one sender to one receiver are delivered in order; exceptions are logged, not returned (Orleans' <c>[OneWay]</c>).</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class OneWayAttribute : Attribute
{
}
