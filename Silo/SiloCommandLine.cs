namespace Sipas.Silo;

/// <summary>
/// Maps the documented flags (<c>--data-dir</c>, <c>--postgres</c>, <c>--demo</c>) onto configuration keys.
/// <c>--urls</c> is ASP.NET Core's own and passes through unchanged.
/// </summary>
public static class SiloCommandLine
{
    public static readonly Dictionary<string, string> SwitchMappings = new Dictionary<string, string>
    {
        ["--data-dir"] = $"{SiloOptions.Section}:{nameof(SiloOptions.DataDir)}",
        ["--postgres"] = $"{SiloOptions.Section}:{nameof(SiloOptions.Postgres)}",
        ["--demo"] = $"{SiloOptions.Section}:{nameof(SiloOptions.Demo)}",
    };

    /// <summary>Gives a bare <c>--demo</c> the value <c>true</c>, since configuration switches need a value.</summary>
    public static string[] Normalize(string[] args)
    {
        var result = new List<string>(args.Length + 1);
        for (var i = 0; i < args.Length; i++)
        {
            result.Add(args[i]);
            var isBareFlag = args[i] == "--demo" && (i + 1 == args.Length || args[i + 1].StartsWith("--", StringComparison.Ordinal));
            if (isBareFlag)
            {
                result.Add("true");
            }
        }

        return [.. result];
    }
}
