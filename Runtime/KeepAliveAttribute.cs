namespace Sipas.Runtime;

/// <summary>Activations of this grain class are never collected when idle (Orleans' <c>[KeepAlive]</c>).</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class KeepAliveAttribute : Attribute
{
}
