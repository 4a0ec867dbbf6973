using System.Data.Common;
using System.Globalization;
using Sipas.Api.Storage;
using Sipas.Grains.Access;

namespace Sipas.Api.Auth;

/// <summary>API keys in the Silo's database (SQLite or PostgreSQL; one portable script and parameterised commands).</summary>
public sealed class ApiKeyStore(DbDataSource dataSource)
{
    public async Task EnsureSchemaAsync(CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(SqlScripts.Read("api-keys.sql"));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<ApiKey>> ListAsync(CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(
            "SELECT id, name, role, unit, hash, created_at, created_by, revoked_at FROM api_keys ORDER BY created_at, id");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var keys = new List<ApiKey>();
        while (await reader.ReadAsync(cancellationToken))
        {
            keys.Add(new ApiKey(
                reader.GetString(0), reader.GetString(1), Enum.Parse<Role>(reader.GetString(2)),
                reader.IsDBNull(3) ? null : reader.GetString(3), reader.GetString(4), ParseTime(reader.GetString(5)),
                reader.IsDBNull(6) ? null : reader.GetString(6), reader.IsDBNull(7) ? null : ParseTime(reader.GetString(7))));
        }

        return keys;
    }

    public async Task InsertAsync(ApiKey key, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(
            "INSERT INTO api_keys (id, name, role, unit, hash, created_at, created_by, revoked_at) " +
            "VALUES (@id, @name, @role, @unit, @hash, @created_at, @created_by, NULL)");
        Add(command, "id", key.Id);
        Add(command, "name", key.Name);
        Add(command, "role", key.Role.ToString());
        Add(command, "unit", key.Unit);
        Add(command, "hash", key.Hash);
        Add(command, "created_at", FormatTime(key.CreatedAt));
        Add(command, "created_by", key.CreatedBy);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>Marks a key revoked; false when no active key has that id.</summary>
    public async Task<bool> RevokeAsync(string id, DateTimeOffset at, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("UPDATE api_keys SET revoked_at = @at WHERE id = @id AND revoked_at IS NULL");
        Add(command, "id", id);
        Add(command, "at", FormatTime(at));
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    private static void Add(DbCommand command, string name, string? value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = (object?)value ?? DBNull.Value;
        command.Parameters.Add(parameter);
    }

    private static string FormatTime(DateTimeOffset at) => at.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture);

    private static DateTimeOffset ParseTime(string text) => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind);
}
