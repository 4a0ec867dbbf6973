using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;

namespace Sipas.Grains.Alerts;

/// <summary>The wire names of <see cref="AlertState"/>: <c>NORMAL</c>, <c>INSUFFICIENT_DATA</c>, <c>PENDING</c>, … (REST, GraphQL, webhooks).</summary>
public static class AlertStateNames
{
    private static readonly FrozenDictionary<AlertState, string> Names = Enum.GetValues<AlertState>().ToFrozenDictionary(s => s, ToWire);

    private static readonly FrozenDictionary<string, AlertState> States =
        Names.ToFrozenDictionary(p => p.Value, p => p.Key, StringComparer.OrdinalIgnoreCase);

    public static IReadOnlyCollection<string> All => Names.Values;

    public static string Name(AlertState state) => Names[state];

    public static bool TryParse(string? name, [NotNullWhen(true)] out AlertState? state)
    {
        state = null;
        if (name is not null && States.TryGetValue(name.Trim(), out var found))
        {
            state = found;
        }

        return state is not null;
    }

    private static string ToWire(AlertState state) => state switch
    {
        AlertState.InsufficientData => "INSUFFICIENT_DATA",
        _ => state.ToString().ToUpperInvariant(),
    };
}
