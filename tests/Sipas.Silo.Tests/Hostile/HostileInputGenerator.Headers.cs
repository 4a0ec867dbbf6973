using System.Text;

namespace Sipas.Silo.Tests.Hostile;

/// <summary>Hostile query strings on the REST reads, and abused Authorization headers.</summary>
internal sealed partial class HostileInputGenerator
{
    private static readonly string[] HostileParameters =
    [
        "", "%00", "%ED%A0%80", "%FF%FE", "'%20OR%201=1--", "%3Cscript%3E", "..%2F..%2F", "VN%00", "01%2F..", new string('9', 3_000), "%E2%80%AE01",
        "-1", "2147483648", "NaN", "null", "%20", "01,79", "*", "%25", "%0D%0ASet-Cookie:%20x=1",
    ];

    private static readonly string[] HostileDays =
    [
        "0001-01-01", "9999-12-31", "0000-00-00", "2025-02-30", "99999-01-01", "2025-7-1", "-2025-01-01", "2025-01-01T00:00:00Z", "%00", "",
        "1899-12-31", "9999-12-30",
    ];

    private IEnumerable<HostileHttpCase> ReadCases()
    {
        for (var i = 0; i < 700; i++)
        {
            var parameter = Pick(HostileParameters);
            // A NUL in the path itself never reaches the Silo (Kestrel refuses the request line): keep it to queries.
            var segment = parameter.Length == 0 ? "%20" : parameter.Replace("%00", "%01", StringComparison.Ordinal);
            var path = (i % 7) switch
            {
                0 => $"/api/v1/units?parent={parameter}",
                1 => $"/api/v1/units/{segment}/score?window=all",
                2 => $"/api/v1/units/01/score?window={parameter}",
                3 => $"/api/v1/units/01/score?from={Pick(HostileDays)}&to={Pick(HostileDays)}",
                4 => $"/api/v1/rankings?parent={parameter}&window={Pick(["all", parameter])}&metric={Pick(["sipas", parameter])}",
                5 => $"/api/v1/questionnaires/{segment}",
                _ => $"/api/v1/units/01/score?window=all&window=30d&from={Pick(HostileDays)}&questionnaire={parameter}",
            };
            yield return new HostileHttpCase("reads.query-strings", HttpMethod.Get, path, null, null);
        }
    }

    private IEnumerable<HostileHttpCase> HeaderCases()
    {
        var authorizations = new[]
        {
            "Bearer", "Bearer ", "Bearer  ", "Basic YWRtaW46YWRtaW4=", "bearer sipas_", "Bearer sipas_", "Bearer sipas__", "Bearer sipas_x_y",
            "Bearer sipas_0000000000000000_AAAA", "Bearer null", "Bearer undefined", "Bearer ' OR 1=1 --", "Bearer \u00e9\u00e8", "Token abc", "Bearer sipas_%00_x",
            "Bearer " + new string('A', 8_000), "Bearer sipas_" + new string('1', 70_000) + "_x", "Bearer\tsipas_a_b", "Negotiate TlRMTVNTUAAB",
        };
        for (var i = 0; i < 700; i++)
        {
            var path = Pick([ResponsesPath, "/api/v1/units", "/api/v1/units/01/score?window=all", "/api/v1/rankings?parent=VN", GraphQLPath]);
            var method = path == "/api/v1/units" && i % 2 == 0 ? HttpMethod.Get : path is ResponsesPath or GraphQLPath ? HttpMethod.Post : HttpMethod.Get;
            var body = method == HttpMethod.Post
                ? Utf8(path == GraphQLPath ? "{\"query\":\"{ __typename }\"}" : Array([ValidObject(out _).ToJsonString()]))
                : null;
            var headers = new List<KeyValuePair<string, string>>();
            switch (i % 4)
            {
                case 0:
                    headers.Add(new("Authorization", Pick(authorizations)));
                    break;
                case 1:
                    // Many Authorization headers: bad ones around a bad one (a good key among them is still refused: ambiguous).
                    for (var k = 0; k < _random.Next(2, 50); k++)
                    {
                        headers.Add(new("Authorization", Pick(authorizations)));
                    }

                    break;
                case 2:
                    headers.Add(new("Authorization", "Bearer " + RandomToken()));
                    break;
                default:
                    for (var k = 0; k < _random.Next(50, 400); k++)
                    {
                        headers.Add(new($"X-Hostile-{k}", new string('h', _random.Next(1, 300))));
                    }

                    headers.Add(new("Authorization", Pick(authorizations)));
                    break;
            }

            // Without a valid key REST answers 401; GraphQL runs anonymously, and its fields say what to send.
            int? status = path == GraphQLPath ? null : 401;
            yield return new HostileHttpCase("headers.authorization", method, path, body, body is null ? null : "application/json", headers, SendKey: false, ExpectedStatus: status);
        }
    }

    private string RandomToken()
    {
        const string Alphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-.~+/=";
        var builder = new StringBuilder("sipas_");
        for (var k = 0; k < _random.Next(0, 120); k++)
        {
            builder.Append(Alphabet[_random.Next(Alphabet.Length)]);
        }

        return builder.ToString();
    }
}
