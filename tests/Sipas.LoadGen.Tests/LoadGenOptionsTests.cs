namespace Sipas.LoadGen.Tests;

public sealed class LoadGenOptionsTests
{
    private static readonly DateTimeOffset Now = new(2025, 9, 1, 3, 0, 0, TimeSpan.Zero);
    private static readonly LoadGenOptions Valid = new() { Url = new Uri("http://localhost:5000"), Key = "k" };

    [Fact]
    public void Validate_ContractOptions_NoProblem()
    {
        var problems = Valid.Validate(Now);

        Assert.Empty(problems);
    }

    private static readonly (LoadGenOptions Options, string Option)[] Invalid =
    [
        (Valid with { Url = null }, "--url"),
        (Valid with { Rate = 0 }, "--rate"),
        (Valid with { Rate = double.NaN }, "--rate"),
        (Valid with { Duration = TimeSpan.Zero }, "--duration"),
        (Valid with { Batch = 1_001 }, "--batch"),
        (Valid with { Batch = 0 }, "--batch"),
        (Valid with { Concurrency = 0 }, "--concurrency"),
        (Valid with { Duplicates = 1 }, "--duplicates"),
        (Valid with { Out = "x.jsonl" }, "--out"),
        (Valid with { Replay = "x.jsonl", TimeMode = TimeMode.Backfill }, "--replay"),
        (Valid with { From = Now.AddDays(-1) }, "--from"),
        (Valid with { TimeMode = TimeMode.Backfill, From = Now.AddDays(-1), To = Now.AddDays(-2) }, "--from"),
        (Valid with { TimeMode = TimeMode.Backfill, To = Now.AddDays(1) }, "--to"),
        (Valid with { Prepare = true, Duplicates = 0.1 }, "--prepare"),
        (Valid with { Prepare = true, Rate = 100_000, Duration = TimeSpan.FromSeconds(60) }, "--prepare"),
    ];

    public static TheoryData<int> InvalidCases => [.. Enumerable.Range(0, Invalid.Length)];

    [Theory]
    [MemberData(nameof(InvalidCases))]
    public void Validate_InvalidCombination_NamesTheOption(int index)
    {
        var (options, option) = Invalid[index];

        var problems = options.Validate(Now);

        Assert.Contains(problems, p => p.Contains(option, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(100, 500, 100, 8)]
    [InlineData(5_000, 500, 500, 20)]
    [InlineData(0.5, 500, 1, 8)]
    [InlineData(1_000_000, 1_000, 1_000, 256)]
    public void Effective_Rate_BatchLeavesEverySecondAndConcurrencyKeepsUp(double rate, int batch, int expectedBatch, int expectedConcurrency)
    {
        var options = Valid with { Rate = rate, Batch = batch };

        var (effectiveBatch, concurrency) = (options.EffectiveBatch, options.EffectiveConcurrency);

        Assert.Equal(expectedBatch, effectiveBatch);
        Assert.Equal(expectedConcurrency, concurrency);
    }

    [Fact]
    public void Period_NoBounds_ThirtyDaysBeforeNow()
    {
        var period = (Valid with { TimeMode = TimeMode.Backfill }).Period(Now);

        Assert.Equal((Now.AddDays(-30), Now), period);
    }
}
