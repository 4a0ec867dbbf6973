using System.Text;

namespace Sipas.Silo.Tests.Hostile;

/// <summary>One WebSocket message a hostile client sends.</summary>
internal sealed record SocketFrame(byte[] Data, bool Binary = false)
{
    public static SocketFrame Text(string text) => new(Encoding.UTF8.GetBytes(text));
}
