using Sipas.LoadGen.Wire;

namespace Sipas.LoadGen.Sending;

/// <summary>An item to send; <paramref name="ExpectDuplicate"/> when it deliberately resends an accepted id.</summary>
internal sealed record OutgoingItem(WireResponse Response, bool ExpectDuplicate = false);
