namespace Sipas.Runtime;

/// <summary>Marks something that has a grain identity: a grain reference or a grain instance (Orleans' <c>IAddressable</c>).</summary>
public interface IAddressable
{
}
