using System.Collections;

namespace Sipas.LoadGen.Sending;

/// <summary>A batch's items with their request body serialized ahead of the run (<c>--prepare</c>).</summary>
internal sealed class PreparedBatch(IReadOnlyList<OutgoingItem> items) : IReadOnlyList<OutgoingItem>
{
    public byte[] Body { get; } = ResponsesClient.Serialize(items);

    public int Count => items.Count;

    public OutgoingItem this[int index] => items[index];

    public IEnumerator<OutgoingItem> GetEnumerator() => items.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
