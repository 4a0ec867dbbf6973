namespace Sipas.Runtime.Concurrency;

/// <summary>
/// Every call to this grain class may interleave with others at their awaits, still one thread at a time
/// (Orleans' <c>[Reentrant]</c>).
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class ReentrantAttribute : Attribute
{
}
