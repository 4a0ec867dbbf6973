using System.Data.Common;
using Sipas.Grains.Alerts;

namespace Sipas.Api.Alerts;

/// <summary>States and transitions.</summary>
public sealed partial class AlertStore
{
    private const string TransitionColumns = "seq, unit, rule, from_state, to_state, value, low, high, n, target, window_name, at, actor, comment";

    public async Task<IReadOnlyList<AlertStatus>> LoadStatusesAsync(CancellationToken cancellationToken)
    {
        await using var command = DataSource.CreateCommand(
            "SELECT unit, rule, state, condition_state, since, pending_since, value, low, high, n, target, window_name, evaluated_at, acknowledged_by, comment FROM alert_status");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var statuses = new List<AlertStatus>();
        while (await reader.ReadAsync(cancellationToken))
        {
            statuses.Add(new AlertStatus(
                reader.GetString(0), reader.GetString(1), Enum.Parse<AlertState>(reader.GetString(2)), Enum.Parse<AlertState>(reader.GetString(3)),
                reader.GetTime(4), reader.NullableTime(5), reader.NullableDouble(6), reader.NullableDouble(7), reader.NullableDouble(8),
                reader.GetInt64(9), reader.GetDouble(10), reader.GetString(11), reader.GetTime(12), reader.NullableString(13), reader.NullableString(14)));
        }

        return statuses;
    }

    public async Task<long> LastSequenceAsync(CancellationToken cancellationToken)
    {
        await using var command = DataSource.CreateCommand("SELECT COALESCE(MAX(seq), 0) FROM alert_transitions");
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// Deletes transitions that happened before <paramref name="before"/>; returns how many. The newest transition is
    /// always kept: sequence numbers continue from it (<see cref="LastSequenceAsync"/>), so they never repeat.
    /// </summary>
    public async Task<int> PurgeHistoryAsync(DateTimeOffset before, CancellationToken cancellationToken)
    {
        await using var command = DataSource.CreateCommand(
            "DELETE FROM alert_transitions WHERE at < @before AND seq < (SELECT MAX(seq) FROM alert_transitions)");
        return await command.Add("before", before).ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>
    /// Transitions newest first: of <paramref name="units"/> (all units when null), before sequence
    /// <paramref name="before"/> when given, at most <paramref name="limit"/>.
    /// </summary>
    public async Task<IReadOnlyList<AlertTransition>> HistoryAsync(IReadOnlyCollection<string>? units, long? before, int limit, CancellationToken cancellationToken)
    {
        await using var command = DataSource.CreateCommand();
        var where = new List<string>();
        if (units is not null)
        {
            if (units.Count == 0)
            {
                return [];
            }

            var names = units.Select((unit, i) => { command.Add($"u{i}", unit); return $"@u{i}"; }).ToList();
            where.Add($"unit IN ({string.Join(", ", names)})");
        }

        if (before is { } b)
        {
            where.Add("seq < @before");
            command.Add("before", b);
        }

        command.CommandText = $"SELECT {TransitionColumns} FROM alert_transitions" +
            (where.Count > 0 ? " WHERE " + string.Join(" AND ", where) : "") + " ORDER BY seq DESC LIMIT @limit";
        command.Add("limit", limit);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var transitions = new List<AlertTransition>();
        while (await reader.ReadAsync(cancellationToken))
        {
            transitions.Add(new AlertTransition(
                reader.GetInt64(0), reader.GetString(1), reader.GetString(2), Enum.Parse<AlertState>(reader.GetString(3)),
                Enum.Parse<AlertState>(reader.GetString(4)), reader.NullableDouble(5), reader.NullableDouble(6), reader.NullableDouble(7),
                reader.GetInt64(8), reader.GetDouble(9), reader.GetString(10), reader.GetTime(11), reader.NullableString(12), reader.NullableString(13)));
        }

        return transitions;
    }

    private static async Task UpsertStatusAsync(DbConnection connection, DbTransaction transaction, AlertStatus s, CancellationToken cancellationToken)
    {
        await using var command = Db.Command(connection, transaction,
            "INSERT INTO alert_status (unit, rule, state, condition_state, since, pending_since, value, low, high, n, target, window_name, evaluated_at, acknowledged_by, comment) " +
            "VALUES (@unit, @rule, @state, @condition, @since, @pending, @value, @low, @high, @n, @target, @window, @evaluated, @ackby, @comment) " +
            "ON CONFLICT (unit, rule) DO UPDATE SET state = excluded.state, condition_state = excluded.condition_state, since = excluded.since, " +
            "pending_since = excluded.pending_since, value = excluded.value, low = excluded.low, high = excluded.high, n = excluded.n, " +
            "target = excluded.target, window_name = excluded.window_name, evaluated_at = excluded.evaluated_at, " +
            "acknowledged_by = excluded.acknowledged_by, comment = excluded.comment");
        command.Add("unit", s.Unit).Add("rule", s.Rule).Add("state", s.State.ToString()).Add("condition", s.Condition.ToString())
            .Add("since", s.Since).Add("pending", s.PendingSince).Add("value", s.Value).Add("low", s.Low).Add("high", s.High)
            .Add("n", s.N).Add("target", s.Target).Add("window", s.Window).Add("evaluated", s.EvaluatedAt)
            .Add("ackby", s.AcknowledgedBy).Add("comment", s.Comment);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static async Task InsertTransitionAsync(DbConnection connection, DbTransaction transaction, AlertTransition t, CancellationToken cancellationToken)
    {
        await using var command = Db.Command(connection, transaction,
            $"INSERT INTO alert_transitions ({TransitionColumns}) " +
            "VALUES (@seq, @unit, @rule, @from, @to, @value, @low, @high, @n, @target, @window, @at, @actor, @comment)");
        command.Add("seq", t.Sequence).Add("unit", t.Unit).Add("rule", t.Rule).Add("from", t.From.ToString()).Add("to", t.To.ToString())
            .Add("value", t.Value).Add("low", t.Low).Add("high", t.High).Add("n", t.N).Add("target", t.Target)
            .Add("window", t.Window).Add("at", t.At).Add("actor", t.Actor).Add("comment", t.Comment);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
