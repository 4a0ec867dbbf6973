using System.Text;

namespace Sipas.GraphQL.Types;

/// <summary>"Did you mean" suggestions, ranked and phrased like graphql-js (<c>suggestionList</c>, <c>didYouMean</c>).</summary>
public static class Suggestions
{
    private const int MaxSuggestions = 5;

    /// <summary>The options close to the input, closest first (Damerau-Levenshtein within 40% of the length).</summary>
    /// <param name="input">What was written.</param>
    /// <param name="options">What exists.</param>
    public static IReadOnlyList<string> List(string input, IEnumerable<string> options)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(options);
        var threshold = (int)Math.Floor(input.Length * 0.4) + 1;
        var found = new List<(string Option, int Distance)>();
        var inputLower = input.ToLowerInvariant();
        foreach (var option in options)
        {
            var distance = Measure(input, inputLower, option, threshold);
            if (distance >= 0 && !found.Exists(f => f.Option == option))
            {
                found.Add((option, distance));
            }
        }

        found.Sort((a, b) => a.Distance != b.Distance ? a.Distance.CompareTo(b.Distance) : NaturalCompare(a.Option, b.Option));
        return found.ConvertAll(f => f.Option);
    }

    /// <summary>Phrases suggestions: <c> Did you mean "a", "b", or "c"?</c> (empty when there are none).</summary>
    /// <param name="suggestions">The suggestions, best first.</param>
    /// <param name="subMessage">An optional phrase inserted after "Did you mean", e.g. <c>the enum value</c>.</param>
    public static string DidYouMean(IReadOnlyList<string> suggestions, string? subMessage = null)
    {
        ArgumentNullException.ThrowIfNull(suggestions);
        if (suggestions.Count == 0)
        {
            return string.Empty;
        }

        var message = new StringBuilder(" Did you mean ");
        if (subMessage is not null)
        {
            message.Append(subMessage).Append(' ');
        }

        if (suggestions.Count == 1)
        {
            return message.Append('"').Append(suggestions[0]).Append("\"?").ToString();
        }

        if (suggestions.Count == 2)
        {
            return message.Append('"').Append(suggestions[0]).Append("\" or \"").Append(suggestions[1]).Append("\"?").ToString();
        }

        var count = Math.Min(suggestions.Count, MaxSuggestions);
        for (var i = 0; i < count - 1; i++)
        {
            message.Append('"').Append(suggestions[i]).Append("\", ");
        }

        return message.Append("or \"").Append(suggestions[count - 1]).Append("\"?").ToString();
    }

    /// <summary>Compares strings with digit runs compared as numbers (graphql-js <c>naturalCompare</c>).</summary>
    /// <param name="a">The first string.</param>
    /// <param name="b">The second string.</param>
    public static int NaturalCompare(string a, string b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        int ai = 0, bi = 0;
        while (ai < a.Length && bi < b.Length)
        {
            var ac = a[ai];
            var bc = b[bi];
            if (char.IsAsciiDigit(ac) && char.IsAsciiDigit(bc))
            {
                var an = ReadNumber(a, ref ai);
                var bn = ReadNumber(b, ref bi);
                if (an != bn)
                {
                    return an < bn ? -1 : 1;
                }
            }
            else
            {
                if (ac != bc)
                {
                    return ac < bc ? -1 : 1;
                }

                ai++;
                bi++;
            }
        }

        return (a.Length - b.Length) switch { < 0 => -1, > 0 => 1, _ => 0 };
    }

    private static long ReadNumber(string s, ref int index)
    {
        long number = 0;
        do
        {
            number = (number * 10) + (s[index] - '0');
            index++;
        }
        while (index < s.Length && char.IsAsciiDigit(s[index]) && number > 0);

        return number;
    }

    private static int Measure(string input, string inputLower, string option, int threshold)
    {
        if (input == option)
        {
            return 0;
        }

        var optionLower = option.ToLowerInvariant();
        if (inputLower == optionLower)
        {
            return 1;
        }

        var a = optionLower;
        var b = inputLower;
        if (a.Length < b.Length)
        {
            (a, b) = (b, a);
        }

        if (a.Length - b.Length > threshold)
        {
            return -1;
        }

        var rows = new int[3][];
        for (var r = 0; r < 3; r++)
        {
            rows[r] = new int[b.Length + 1];
        }

        for (var j = 0; j <= b.Length; j++)
        {
            rows[0][j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            var up = rows[(i - 1) % 3];
            var current = rows[i % 3];
            var smallest = current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var cell = Math.Min(Math.Min(up[j] + 1, current[j - 1] + 1), up[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    cell = Math.Min(cell, rows[(i - 2) % 3][j - 2] + 1);
                }

                smallest = Math.Min(smallest, cell);
                current[j] = cell;
            }

            if (smallest > threshold)
            {
                return -1;
            }
        }

        var distance = rows[a.Length % 3][b.Length];
        return distance <= threshold ? distance : -1;
    }
}
