using Sipas.Grains.Aggregates;
using Sipas.LoadGen.Cli;

namespace Sipas.LoadGen.Tests.Cli;

public sealed class LoadGenCommandTests
{
    private static ParsedCommandLine Parse(params string[] args) => new LoadGenCommand().Parse(args, () => 1234);

    [Fact]
    public void Parse_ContractArguments_DefaultsForTheRest()
    {
        var parsed = Parse("--url", "http://localhost:5000", "--key", "k", "--rate", "250", "--duration", "30");

        var options = Assert.IsType<LoadGenOptions>(parsed.Options);
        Assert.Empty(parsed.Errors);
        Assert.Equal(new Uri("http://localhost:5000"), options.Url);
        Assert.Equal("k", options.Key);
        Assert.Equal(250, options.Rate);
        Assert.Equal(TimeSpan.FromSeconds(30), options.Duration);
        Assert.Equal(500, options.Batch);
        Assert.Equal(1234, options.Seed);
        Assert.Equal(TimeMode.Live, options.TimeMode);
        Assert.Equal(0, options.Duplicates);
        Assert.False(options.Quiet);
    }

    [Fact]
    public void Parse_EveryOption_Mapped()
    {
        var parsed = Parse(
            "--url", "https://silo.example/", "--rate", "10.5", "--batch", "1000", "--concurrency", "3", "--seed", "9",
            "--scenario", "s.json", "--time-mode", "backfill", "--from", "2025-07-01", "--to", "2025-08-01T12:00:00Z",
            "--duplicates", "0.1", "--quiet");

        var options = Assert.IsType<LoadGenOptions>(parsed.Options);
        Assert.Equal((10.5, 1000, 3, 9), (options.Rate, options.Batch, options.Concurrency, options.Seed));
        Assert.Equal(("s.json", TimeMode.Backfill, 0.1, true), (options.ScenarioFile, options.TimeMode, options.Duplicates, options.Quiet));
        Assert.Equal(new DateTimeOffset(2025, 7, 1, 0, 0, 0, VietnamTime.Offset), options.From);
        Assert.Equal(new DateTimeOffset(2025, 8, 1, 12, 0, 0, TimeSpan.Zero), options.To);
    }

    [Theory]
    [InlineData("--rate", "fast")]
    [InlineData("--time-mode", "yesterday")]
    [InlineData("--url", "localhost:5000")]
    [InlineData("--from", "1 juillet")]
    [InlineData("--bogus", "1")]
    public void Parse_Malformed_ErrorsAndNoOptions(string option, string value)
    {
        var parsed = Parse(option, value);

        Assert.Null(parsed.Options);
        Assert.NotEmpty(parsed.Errors);
    }

    [Fact]
    public void Parse_Help_NeitherOptionsNorErrors()
    {
        var parsed = Parse("--help");

        Assert.Null(parsed.Options);
        Assert.Empty(parsed.Errors);
    }
}
