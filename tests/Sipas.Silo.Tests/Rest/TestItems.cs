using System.Globalization;

namespace Sipas.Silo.Tests.Rest;

/// <summary>Response JSON for the REST tests.</summary>
internal static class TestItems
{
    /// <summary>One response served <paramref name="ago"/> before now (default an hour).</summary>
    public static string Response(Guid id, string unit = "01001", string answers = """{"TC1":5,"TC2":4,"TT1":4,"CC1":5,"KQ1":4,"PA1":2}""", TimeSpan? ago = null)
    {
        var servedAt = TimeProvider.System.GetUtcNow().Subtract(ago ?? TimeSpan.FromHours(1)).ToString("O", CultureInfo.InvariantCulture);
        return $$"""{"id":"{{id}}","unit":"{{unit}}","questionnaire":"sipas-2017","servedAt":"{{servedAt}}","channel":"kiosk","answers":{{answers}}}""";
    }

    public static StringContent Json(string json) => new(json, System.Text.Encoding.UTF8, "application/json");
}
