using System.Data;
using System.Data.Common;

namespace Sipas.Runtime.Storage.AdoNet;

/// <summary>Parameter helpers shared by the storage and the migrator.</summary>
internal static class AdoNetCommands
{
    public static void Add(DbCommand command, string name, object? value, DbType? type = null)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value ?? DBNull.Value;
        if (type is { } dbType)
        {
            parameter.DbType = dbType;
        }

        command.Parameters.Add(parameter);
    }
}
