using System.Data.Common;
using Sipas.Api.Alerts;

namespace Sipas.Api.Webhooks;

/// <summary>Webhook endpoints and the durable outbox, in the Silo's database (tables made by <c>alerts.sql</c>).</summary>
public sealed class WebhookStore(DbDataSource dataSource)
{
    private const string DeliveryColumns = "delivery_id, endpoint_id, seq, body, created_at, attempts, next_attempt_at, delivered_at, failed_at, last_error";

    /// <summary>Adds an outbox row inside the caller's transaction (the one that stores the transition).</summary>
    public static async Task InsertAsync(DbConnection connection, DbTransaction transaction, WebhookDelivery delivery, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(delivery);
        await using var command = Db.Command(connection, transaction,
            $"INSERT INTO webhook_outbox ({DeliveryColumns}) VALUES (@id, @endpoint, @seq, @body, @created, @attempts, @next, NULL, NULL, NULL)");
        command.Add("id", delivery.DeliveryId).Add("endpoint", delivery.EndpointId).Add("seq", delivery.Sequence).Add("body", delivery.Body)
            .Add("created", delivery.CreatedAt).Add("attempts", delivery.Attempts).Add("next", delivery.NextAttemptAt);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<WebhookEndpoint>> LoadEndpointsAsync(CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("SELECT id, unit, url, secret, created_by, created_at FROM webhook_endpoints WHERE removed_at IS NULL ORDER BY created_at, id");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var endpoints = new List<WebhookEndpoint>();
        while (await reader.ReadAsync(cancellationToken))
        {
            endpoints.Add(new WebhookEndpoint(reader.GetString(0), reader.GetString(1), new Uri(reader.GetString(2)), reader.GetString(3), reader.GetString(4), reader.GetTime(5)));
        }

        return endpoints;
    }

    public async Task InsertEndpointAsync(WebhookEndpoint endpoint, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        await using var command = dataSource.CreateCommand(
            "INSERT INTO webhook_endpoints (id, unit, url, secret, created_by, created_at, removed_at) VALUES (@id, @unit, @url, @secret, @by, @at, NULL)");
        command.Add("id", endpoint.Id).Add("unit", endpoint.Unit).Add("url", endpoint.Url.ToString()).Add("secret", endpoint.Secret)
            .Add("by", endpoint.CreatedBy).Add("at", endpoint.CreatedAt);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>Removes an endpoint; its undelivered rows fail on their next attempt. False when there is none.</summary>
    public async Task<bool> RemoveEndpointAsync(string id, DateTimeOffset at, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("UPDATE webhook_endpoints SET removed_at = @at WHERE id = @id AND removed_at IS NULL");
        command.Add("id", id).Add("at", at);
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    /// <summary>Undelivered, unfailed rows due at <paramref name="now"/>, oldest first.</summary>
    public Task<IReadOnlyList<WebhookDelivery>> DueAsync(DateTimeOffset now, int limit, CancellationToken cancellationToken) =>
        QueryAsync(
            $"SELECT {DeliveryColumns} FROM webhook_outbox WHERE delivered_at IS NULL AND failed_at IS NULL AND next_attempt_at <= @now ORDER BY seq, delivery_id LIMIT @limit",
            c => c.Add("now", now).Add("limit", limit), cancellationToken);

    /// <summary>When the next undelivered row falls due (null when none waits).</summary>
    public async Task<DateTimeOffset?> NextDueAsync(CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("SELECT MIN(next_attempt_at) FROM webhook_outbox WHERE delivered_at IS NULL AND failed_at IS NULL");
        return await command.ExecuteScalarAsync(cancellationToken) is string text ? Db.ParseTime(text) : null;
    }

    /// <summary>An endpoint's deliveries, newest first.</summary>
    public Task<IReadOnlyList<WebhookDelivery>> DeliveriesAsync(string endpointId, int limit, CancellationToken cancellationToken) =>
        QueryAsync(
            $"SELECT {DeliveryColumns} FROM webhook_outbox WHERE endpoint_id = @endpoint ORDER BY seq DESC, delivery_id LIMIT @limit",
            c => c.Add("endpoint", endpointId).Add("limit", limit), cancellationToken);

    public async Task MarkDeliveredAsync(string deliveryId, int attempts, DateTimeOffset at, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("UPDATE webhook_outbox SET delivered_at = @at, attempts = @attempts, last_error = NULL WHERE delivery_id = @id");
        await command.Add("id", deliveryId).Add("attempts", attempts).Add("at", at).ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task MarkRetryAsync(string deliveryId, int attempts, DateTimeOffset next, string error, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("UPDATE webhook_outbox SET attempts = @attempts, next_attempt_at = @next, last_error = @error WHERE delivery_id = @id");
        await command.Add("id", deliveryId).Add("attempts", attempts).Add("next", next).Add("error", error).ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task MarkFailedAsync(string deliveryId, int attempts, DateTimeOffset at, string error, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("UPDATE webhook_outbox SET attempts = @attempts, failed_at = @at, last_error = @error WHERE delivery_id = @id");
        await command.Add("id", deliveryId).Add("attempts", attempts).Add("at", at).Add("error", error).ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>Deletes deliveries delivered or given up before <paramref name="before"/>; returns how many. Pending ones stay.</summary>
    public async Task<int> PurgeSettledAsync(DateTimeOffset before, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(
            "DELETE FROM webhook_outbox WHERE delivered_at < @before OR failed_at < @before");
        return await command.Add("before", before).ExecuteNonQueryAsync(cancellationToken);
    }

    private async Task<IReadOnlyList<WebhookDelivery>> QueryAsync(string sql, Action<DbCommand> bind, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(sql);
        bind(command);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var deliveries = new List<WebhookDelivery>();
        while (await reader.ReadAsync(cancellationToken))
        {
            deliveries.Add(new WebhookDelivery(
                reader.GetString(0), reader.GetString(1), reader.GetInt64(2), reader.GetString(3), reader.GetTime(4), reader.GetInt32(5),
                reader.GetTime(6), reader.NullableTime(7), reader.NullableTime(8), reader.NullableString(9)));
        }

        return deliveries;
    }
}
