using System.Reflection;

namespace Sipas.Api.Storage;

/// <summary>Reads the schema scripts embedded from <c>Api/Storage/Sql</c>.</summary>
internal static class SqlScripts
{
    public static string Read(string fileName)
    {
        var name = $"Sipas.Api.Storage.Sql.{fileName}";
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Embedded SQL script '{name}' is missing.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
