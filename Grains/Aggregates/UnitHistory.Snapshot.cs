using System.Text;
using Sipas.Grains.Questionnaires;

namespace Sipas.Grains.Aggregates;

public sealed partial class UnitHistory
{
    private const byte SnapshotFormat = 1;

    /// <summary>
    /// The exact state as compact bytes for grain storage: a header (format, questionnaire, counters per row, ring
    /// capacities), then only the retained, non-empty buckets with their counters as 7-bit varints (a leaf's typical
    /// day takes about 120 bytes), then the all-time total. <see cref="FromBytes"/> restores an equal history.
    /// </summary>
    public byte[] ToBytes()
    {
        using var buffer = new MemoryStream();
        using (var writer = new BinaryWriter(buffer, Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(SnapshotFormat);
            writer.Write(Questionnaire.Key);
            writer.Write7BitEncodedInt(_total.Length);
            writer.Write7BitEncodedInt(_fiveMinutes.Capacity);
            writer.Write7BitEncodedInt(_hours.Capacity);
            writer.Write7BitEncodedInt(_days.Capacity);
            _fiveMinutes.Write(writer);
            _hours.Write(writer);
            _days.Write(writer);
            foreach (var count in _total)
            {
                writer.Write7BitEncodedInt64(count);
            }
        }

        return buffer.ToArray();
    }

    /// <summary>Restores a history written by <see cref="ToBytes"/>; the ring sizes come from the snapshot.</summary>
    /// <exception cref="InvalidDataException">The bytes are not a snapshot of a <paramref name="questionnaire"/> history.</exception>
    public static UnitHistory FromBytes(byte[] bytes, Questionnaire questionnaire, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(questionnaire);
        using var reader = new BinaryReader(new MemoryStream(bytes, writable: false), Encoding.UTF8);
        try
        {
            if (reader.ReadByte() != SnapshotFormat)
            {
                throw new InvalidDataException("Unknown history snapshot format.");
            }

            var key = reader.ReadString();
            var cells = reader.Read7BitEncodedInt();
            if (!string.Equals(key, questionnaire.Key, StringComparison.Ordinal) || cells != TallyBuilder.CellCount(questionnaire) + 1)
            {
                throw new InvalidDataException($"The snapshot holds a {key} history with {cells} counters per row; expected {questionnaire.Key}.");
            }

            var options = new HistoryOptions
            {
                FiveMinuteBuckets = reader.Read7BitEncodedInt(),
                HourBuckets = reader.Read7BitEncodedInt(),
                DayBuckets = reader.Read7BitEncodedInt(),
            };
            var history = new UnitHistory(questionnaire, clock, options);
            history._fiveMinutes.Read(reader);
            history._hours.Read(reader);
            history._days.Read(reader);
            for (var i = 0; i < history._total.Length; i++)
            {
                history._total[i] = reader.Read7BitEncodedInt64();
            }

            return history;
        }
        catch (EndOfStreamException e)
        {
            throw new InvalidDataException("The history snapshot is truncated.", e);
        }
    }
}
