namespace Sipas.Grains.Access;

/// <summary>
/// Whether a key has been revoked since a long-lived connection (a WebSocket, a SignalR hub) authenticated with it:
/// such connections check again on each operation, not only when they open.
/// </summary>
public interface IKeyRevocations
{
    bool IsRevoked(string keyId);
}
