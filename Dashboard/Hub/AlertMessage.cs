using Sipas.Grains.Alerts;

namespace Sipas.Dashboard.Hub;

/// <summary>
/// The <c>alert</c> push. <see cref="Sequence"/> is the transition's own (it increases with every stored transition,
/// across reconnects), so each connection's alert stream increases and a client drops what it has already seen.
/// States are written as REST writes them (<c>FIRING</c>, <c>INSUFFICIENT_DATA</c>, …).
/// </summary>
public sealed record AlertMessage(long Sequence, AlertTransition Transition);
