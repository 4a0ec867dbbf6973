namespace Sipas.Silo;

/// <summary>
/// Turns the documented flags into configuration keys before the host reads its arguments:
/// <c>--data-dir X</c> → <c>--Silo:DataDir=X</c>, <c>--postgres X</c> → <c>--Silo:Postgres=X</c>, a bare
/// <c>--demo</c> → <c>--Silo:Demo=true</c>. <c>--urls</c> and every other argument pass through unchanged.
/// </summary>
public static class SiloCommandLine
{
    // Ordinal: the flags are lower-case; "--Demo=" (a configuration section passed as an argument) is not "--demo".
    private static readonly Dictionary<string, string> Flags = new(StringComparer.Ordinal)
    {
        ["--data-dir"] = $"{SiloOptions.Section}:{nameof(SiloOptions.DataDir)}",
        ["--postgres"] = $"{SiloOptions.Section}:{nameof(SiloOptions.Postgres)}",
        ["--demo"] = $"{SiloOptions.Section}:{nameof(SiloOptions.Demo)}",
    };

    public static string[] Normalize(string[] args)
    {
        var result = new List<string>(args.Length);
        for (var i = 0; i < args.Length; i++)
        {
            var (name, inlineValue) = Split(args[i]);
            if (!Flags.TryGetValue(name, out var key))
            {
                result.Add(args[i]);
                continue;
            }

            string value;
            if (inlineValue is not null)
            {
                value = inlineValue;
            }
            else if (name == "--demo"
                && (i + 1 == args.Length || args[i + 1].StartsWith("--", StringComparison.Ordinal)))
            {
                value = "true";
            }
            else if (i + 1 < args.Length)
            {
                value = args[++i];
            }
            else
            {
                throw new ArgumentException($"{name} needs a value, e.g. {name} {(name == "--postgres" ? "\"Host=…;Database=sipas\"" : "./data")}.");
            }

            result.Add($"--{key}={value}");
        }

        return [.. result];
    }

    private static (string Name, string? Value) Split(string arg)
    {
        var equals = arg.IndexOf('=', StringComparison.Ordinal);
        return equals < 0 ? (arg, null) : (arg[..equals], arg[(equals + 1)..]);
    }
}
