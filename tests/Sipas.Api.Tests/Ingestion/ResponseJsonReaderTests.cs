using System.Text.Json;
using Sipas.Api.Ingestion;

namespace Sipas.Api.Tests.Ingestion;

public sealed class ResponseJsonReaderTests
{
    private static ParsedItem Read(string json)
    {
        using var document = JsonDocument.Parse(json);
        return ResponseJsonReader.Read(document.RootElement.Clone());
    }

    [Fact]
    public void Read_CompleteObject_AllFieldsWithoutProblems()
    {
        var item = Read("""
            {"id":"3f2b8c1e-6a4d-4e0b-9c7a-1d2e3f405162","unit":"01001","questionnaire":"sipas-2017",
             "servedAt":"2025-07-01T09:30:00+07:00","channel":"kiosk","answers":{"TC1":5,"TC2":4},"overall":4,
             "procedure":"1.001","dossier":"HS-1","comment":"ok"}
            """);

        Assert.Empty(item.ReadProblems);
        Assert.Equal("3f2b8c1e-6a4d-4e0b-9c7a-1d2e3f405162", item.Id);
        Assert.Equal(new DateTimeOffset(2025, 7, 1, 2, 30, 0, TimeSpan.Zero), item.Input.ServedAt);
        Assert.Equal(["TC1", "TC2"], item.Input.Answers!.Select(a => a.Criterion));
        Assert.Equal(4, item.Input.Overall);
    }

    [Fact]
    public void Read_AnswerIdsKnownUnknownAndEscaped_ReadAsWritten()
    {
        var item = Read("""{"answers":{"TC1":5,"\u0054C2":4,"XYZ9":3,"TOOLONG1":2,"t c":1}}""");

        Assert.Empty(item.ReadProblems);
        Assert.Equal(["TC1", "TC2", "XYZ9", "TOOLONG1", "t c"], item.Input.Answers!.Select(a => a.Criterion));
        Assert.Equal([5, 4, 3, 2, 1], item.Input.Answers!.Select(a => a.Level));
    }

    [Fact]
    public void Read_WrongTypes_OneProblemPerField()
    {
        var item = Read("""{"id":"x","unit":1,"servedAt":"yesterday","answers":{"TC1":"five","TC2":4.5},"overall":true}""");

        Assert.Equal(
            ["unit", "servedAt", "answers.TC1", "answers.TC2", "overall"],
            item.ReadProblems.Select(p => p.Field));
        Assert.Contains("ISO 8601", item.ReadProblems.Single(p => p.Field == "servedAt").Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_TimestampWithoutOffset_Rejected()
    {
        var item = Read("""{"servedAt":"2025-07-01T09:30:00"}""");

        Assert.Equal("servedAt", Assert.Single(item.ReadProblems).Field);
    }

    [Fact]
    public void Read_UnknownField_Named()
    {
        var item = Read("""{"unti":"01001"}""");

        Assert.Equal("unti", Assert.Single(item.ReadProblems).Field);
    }

    [Fact]
    public void Read_NotAnObject_Problem()
    {
        var item = Read("42");

        Assert.Contains("expected a JSON object", Assert.Single(item.ReadProblems).Message, StringComparison.Ordinal);
    }
}
