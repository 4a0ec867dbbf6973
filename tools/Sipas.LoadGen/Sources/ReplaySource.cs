using System.Text.Json;
using Sipas.LoadGen.Sending;
using Sipas.LoadGen.Wire;

namespace Sipas.LoadGen.Sources;

/// <summary>Sends the lines of a JSON Lines file (one response per line, as <c>--out</c> writes them), in order.</summary>
internal sealed class ReplaySource(IReadOnlyList<WireResponse> responses, long limit) : IResponseSource
{
    public long Total { get; } = Math.Min(responses.Count, limit);

    /// <summary>Reads a JSON Lines file; blank lines are skipped.</summary>
    /// <exception cref="FormatException">A line is not a response (its number is in the message).</exception>
    public static IReadOnlyList<WireResponse> Read(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var responses = new List<WireResponse>();
        var number = 0;
        while (reader.ReadLine() is { } line)
        {
            number++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            try
            {
                responses.Add(JsonSerializer.Deserialize(line, LoadGenJsonContext.Default.WireResponse)
                    ?? throw new FormatException($"line {number}: null"));
            }
            catch (JsonException exception)
            {
                throw new FormatException($"line {number}: {exception.Message}", exception);
            }
        }

        return responses;
    }

    public IReadOnlyList<OutgoingItem> Next(ScheduledBatch batch) =>
        [.. responses.Skip((int)batch.First).Take(batch.Count).Select(r => new OutgoingItem(r))];

    public IReadOnlyList<string> Notes(ScheduledBatch batch) => [];

    public void Accepted(IEnumerable<OutgoingItem> items)
    {
        // A replay resends nothing on purpose.
    }
}
