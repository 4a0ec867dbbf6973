namespace Sipas.Runtime;

/// <summary>Marker interface of every grain interface (Orleans' <c>IGrain</c>).</summary>
public interface IGrain : IAddressable
{
}
