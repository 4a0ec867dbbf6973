namespace Sipas.Runtime.Concurrency;

/// <summary>Calls to this method may interleave with any other call on the activation, still one thread at a time (Orleans' <c>[AlwaysInterleave]</c>).</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class AlwaysInterleaveAttribute : Attribute
{
}
