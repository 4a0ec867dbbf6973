using Sipas.LoadGen.Sending;
using Sipas.LoadGen.Sources;

namespace Sipas.LoadGen.Tests.Sources;

public sealed class ReplaySourceTests
{
    private const string Line = """{"id":"3f2b8c1e-6a4d-4e0b-9c7a-1d2e3f405162","unit":"01001","questionnaire":"sipas-2017","servedAt":"2025-07-01T09:30:00+07:00","channel":"kiosk","answers":{"TC1":5}}""";

    [Fact]
    public void Read_LinesWithBlanks_ResponsesInOrder()
    {
        var responses = ReplaySource.Read(new StringReader($"{Line}\n\n{Line.Replace("01001", "01002", StringComparison.Ordinal)}\n"));

        Assert.Equal(["01001", "01002"], responses.Select(r => r.Unit));
        Assert.Equal(new DateTimeOffset(2025, 7, 1, 9, 30, 0, TimeSpan.FromHours(7)), responses[0].ServedAt);
        Assert.Equal(5, responses[0].Answers["TC1"]);
    }

    [Fact]
    public void Read_MalformedLine_FormatExceptionWithLineNumber()
    {
        var read = () => ReplaySource.Read(new StringReader($"{Line}\n{{\"id\": 12\n"));

        var exception = Assert.Throws<FormatException>(read);

        Assert.StartsWith("line 2:", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Next_Limit_TotalCappedAndBatchesSliced()
    {
        var responses = ReplaySource.Read(new StringReader(string.Join('\n', Enumerable.Repeat(Line, 10))));
        var source = new ReplaySource(responses, limit: 7);

        var batch = source.Next(new ScheduledBatch(1, 5, 2, TimeSpan.Zero));

        Assert.Equal(7, source.Total);
        Assert.Equal(2, batch.Count);
    }
}
