using System.Data.Common;
using System.Text.Json;
using Sipas.Api.Storage;
using Sipas.Api.Webhooks;
using Sipas.Grains.Alerts;

namespace Sipas.Api.Alerts;

/// <summary>
/// Targets, alert states, transitions and silences in the Silo's database (SQLite or PostgreSQL; one portable script,
/// parameterised commands). A batch of transitions is stored with its webhook outbox rows in one transaction.
/// </summary>
public sealed partial class AlertStore(DbDataSource dataSource)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public DbDataSource DataSource => dataSource;

    public async Task EnsureSchemaAsync(CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(SqlScripts.Read("alerts.sql"));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<AlertTarget>> LoadTargetsAsync(CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(
            "SELECT unit, target, metric, window_name, min_responses, pending_seconds, margin, basis, set_by, set_at FROM alert_targets");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var targets = new List<AlertTarget>();
        while (await reader.ReadAsync(cancellationToken))
        {
            targets.Add(new AlertTarget(
                reader.GetString(0), reader.GetDouble(1), reader.GetString(2), reader.GetString(3), reader.GetInt32(4),
                TimeSpan.FromSeconds(reader.GetInt64(5)), reader.GetDouble(6), Enum.Parse<AlertBasis>(reader.GetString(7)),
                reader.GetString(8), reader.GetTime(9)));
        }

        return targets;
    }

    /// <summary>Stores a unit's own target and its audit row.</summary>
    public async Task SetTargetAsync(AlertTarget target, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(target);
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using (var command = Db.Command(connection, transaction,
            "INSERT INTO alert_targets (unit, target, metric, window_name, min_responses, pending_seconds, margin, basis, set_by, set_at) " +
            "VALUES (@unit, @target, @metric, @window, @min, @pending, @margin, @basis, @by, @at) " +
            "ON CONFLICT (unit) DO UPDATE SET target = excluded.target, metric = excluded.metric, window_name = excluded.window_name, " +
            "min_responses = excluded.min_responses, pending_seconds = excluded.pending_seconds, margin = excluded.margin, " +
            "basis = excluded.basis, set_by = excluded.set_by, set_at = excluded.set_at"))
        {
            command.Add("unit", target.Unit).Add("target", target.Target).Add("metric", target.Metric).Add("window", target.Window)
                .Add("min", target.MinResponses).Add("pending", (long)target.Pending.TotalSeconds).Add("margin", target.Margin)
                .Add("basis", target.Basis.ToString()).Add("by", target.SetBy ?? "").Add("at", target.SetAt ?? default);
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        await AuditAsync(connection, transaction, target.Unit, "set", JsonSerializer.Serialize(target, Json), target.SetBy ?? "", target.SetAt ?? default, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>Removes a unit's own target (it inherits again); false when it had none.</summary>
    public async Task<bool> ClearTargetAsync(string unit, string actor, DateTimeOffset at, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        int removed;
        await using (var command = Db.Command(connection, transaction, "DELETE FROM alert_targets WHERE unit = @unit"))
        {
            removed = await command.Add("unit", unit).ExecuteNonQueryAsync(cancellationToken);
        }

        if (removed > 0)
        {
            await AuditAsync(connection, transaction, unit, "clear", null, actor, at, cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return removed > 0;
    }

    /// <summary>A unit's target changes, newest first.</summary>
    public async Task<IReadOnlyList<AlertTargetChange>> TargetAuditAsync(string unit, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("SELECT unit, action, target, actor, at FROM alert_target_audit WHERE unit = @unit ORDER BY at DESC, id");
        command.Add("unit", unit);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var changes = new List<AlertTargetChange>();
        while (await reader.ReadAsync(cancellationToken))
        {
            var json = reader.NullableString(2);
            changes.Add(new AlertTargetChange(
                reader.GetString(0), reader.GetString(1), json is null ? null : JsonSerializer.Deserialize<AlertTarget>(json, Json),
                reader.GetString(3), reader.GetTime(4)));
        }

        return changes;
    }

    private static async Task AuditAsync(DbConnection connection, DbTransaction transaction, string unit, string action, string? target, string actor, DateTimeOffset at, CancellationToken cancellationToken)
    {
        await using var command = Db.Command(connection, transaction,
            "INSERT INTO alert_target_audit (id, unit, action, target, actor, at) VALUES (@id, @unit, @action, @target, @actor, @at)");
        command.Add("id", Guid.NewGuid().ToString("N")).Add("unit", unit).Add("action", action).Add("target", target).Add("actor", actor).Add("at", at);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>
    /// Stores a batch atomically: status upserts and deletes, transitions, and the outbox rows that deliver them. Nothing
    /// is published before this returns, so a transition anyone saw is a stored one.
    /// </summary>
    public async Task SaveAsync(
        IReadOnlyCollection<AlertStatus> statuses, IReadOnlyCollection<AlertStatus> deleted, IReadOnlyCollection<AlertTransition> transitions,
        IReadOnlyCollection<WebhookDelivery> deliveries, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(statuses);
        ArgumentNullException.ThrowIfNull(deleted);
        ArgumentNullException.ThrowIfNull(transitions);
        ArgumentNullException.ThrowIfNull(deliveries);
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        foreach (var status in statuses)
        {
            await UpsertStatusAsync(connection, transaction, status, cancellationToken);
        }

        foreach (var status in deleted)
        {
            await using var command = Db.Command(connection, transaction, "DELETE FROM alert_status WHERE unit = @unit AND rule = @rule");
            await command.Add("unit", status.Unit).Add("rule", status.Rule).ExecuteNonQueryAsync(cancellationToken);
        }

        foreach (var transition in transitions)
        {
            await InsertTransitionAsync(connection, transaction, transition, cancellationToken);
        }

        foreach (var delivery in deliveries)
        {
            await WebhookStore.InsertAsync(connection, transaction, delivery, cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }
}
