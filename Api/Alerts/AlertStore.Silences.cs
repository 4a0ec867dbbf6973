using Sipas.Grains.Alerts;

namespace Sipas.Api.Alerts;

/// <summary>Silences and mute windows.</summary>
public sealed partial class AlertStore
{
    /// <summary>Silences not removed and not ended at <paramref name="now"/>.</summary>
    public async Task<IReadOnlyList<AlertSilence>> LoadSilencesAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var command = DataSource.CreateCommand(
            "SELECT id, unit, rule, subtree, starts_at, ends_at, days, mute_from, mute_to, created_by, created_at, comment " +
            "FROM alert_silences WHERE removed_at IS NULL");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var silences = new List<AlertSilence>();
        while (await reader.ReadAsync(cancellationToken))
        {
            MuteSchedule? schedule = null;
            if (reader.NullableString(6) is { } days)
            {
                MuteSchedule.TryCreate(days.Split(','), reader.NullableString(7), reader.NullableString(8), out schedule, out _);
            }

            var silence = new AlertSilence(
                reader.GetString(0), reader.GetString(1), reader.NullableString(2), reader.GetInt32(3) != 0, reader.GetTime(4),
                reader.NullableTime(5), schedule, reader.GetString(9), reader.GetTime(10), reader.NullableString(11));
            if (!silence.IsExpiredAt(now))
            {
                silences.Add(silence);
            }
        }

        return silences;
    }

    public async Task InsertSilenceAsync(AlertSilence silence, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(silence);
        await using var command = DataSource.CreateCommand(
            "INSERT INTO alert_silences (id, unit, rule, subtree, starts_at, ends_at, days, mute_from, mute_to, created_by, created_at, comment) " +
            "VALUES (@id, @unit, @rule, @subtree, @starts, @ends, @days, @from, @to, @by, @at, @comment)");
        var days = silence.Schedule is { } s ? string.Join(',', s.Days.Select(d => d.ToString()[..3].ToLowerInvariant())) : null;
        command.Add("id", silence.Id).Add("unit", silence.Unit).Add("rule", silence.Rule).Add("subtree", silence.Subtree)
            .Add("starts", silence.StartsAt).Add("ends", silence.EndsAt).Add("days", days)
            .Add("from", silence.Schedule?.From.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture))
            .Add("to", silence.Schedule?.To.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture))
            .Add("by", silence.CreatedBy).Add("at", silence.CreatedAt).Add("comment", silence.Comment);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>Marks a silence removed; false when there is no such silence still in force.</summary>
    public async Task<bool> RemoveSilenceAsync(string id, string actor, DateTimeOffset at, CancellationToken cancellationToken)
    {
        await using var command = DataSource.CreateCommand("UPDATE alert_silences SET removed_by = @by, removed_at = @at WHERE id = @id AND removed_at IS NULL");
        command.Add("id", id).Add("by", actor).Add("at", at);
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }
}
