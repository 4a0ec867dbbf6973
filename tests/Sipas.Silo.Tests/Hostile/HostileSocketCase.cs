namespace Sipas.Silo.Tests.Hostile;

/// <summary>
/// A graphql-transport-ws conversation: the frames a client sends on <c>/graphql</c>, the close codes the server may
/// answer with, and whether it may instead keep the connection open (then it must answer a ping with a pong).
/// </summary>
internal sealed record HostileSocketCase(string Category, IReadOnlyList<SocketFrame> Frames, IReadOnlyList<int> CloseCodes, bool AllowOpen, bool SendKey = true);
