using System.Globalization;
using System.Reflection;

namespace Sipas.Grains.Units;

/// <summary>The province lists embedded from <c>Data/provinces-2025.csv</c> and <c>Data/provinces-2019.csv</c>.</summary>
public static class ProvinceData
{
    private static readonly Lazy<IReadOnlyList<Province2025>> Lazy2025 = new(Read2025);
    private static readonly Lazy<IReadOnlyList<Province2019>> Lazy2019 = new(Read2019);

    /// <summary>The 34 province-level units since 1 July 2025, in code order.</summary>
    public static IReadOnlyList<Province2025> Provinces2025 => Lazy2025.Value;

    /// <summary>The 63 province-level units before 1 July 2025, in code order.</summary>
    public static IReadOnlyList<Province2019> Provinces2019 => Lazy2019.Value;

    /// <summary>Reads an embedded file of <c>Grains/Data</c> (resource <c>Sipas.Grains.Data.&lt;name&gt;</c>).</summary>
    public static string ReadResource(string name)
    {
        var resource = "Sipas.Grains.Data." + name;
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"Embedded resource '{resource}' is missing.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private static IReadOnlyList<Province2025> Read2025() =>
        Rows("provinces-2025.csv", 9).Select(f => new Province2025(
            f[0], f[1], f[2], f[3], Int(f[5]), Int(f[6]), Int(f[7]),
            f[8].Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
                .Select(p => p.Split(' ', 2)[0])
                .ToList())).ToList();

    private static IReadOnlyList<Province2019> Read2019() =>
        Rows("provinces-2019.csv", 5).Select(f => new Province2019(f[0], f[1], f[2], f[3], f[4])).ToList();

    // The files hold no quoted fields (names contain no commas; predecessor lists use ';').
    private static IEnumerable<string[]> Rows(string file, int columns) =>
        ReadResource(file)
            .Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Skip(1)
            .Select(line => line.Split(','))
            .Select(fields => fields.Length == columns
                ? fields
                : throw new InvalidDataException($"{file}: expected {columns} fields in '{string.Join(',', fields)}'."));

    private static int Int(string value) => int.Parse(value, NumberStyles.None, CultureInfo.InvariantCulture);
}
