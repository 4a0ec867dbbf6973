namespace Sipas.Runtime.Concurrency;

/// <summary>The method does not change the grain's state: it may interleave with other read-only calls (Orleans' <c>[ReadOnly]</c>).</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class ReadOnlyAttribute : Attribute
{
}
