using Sipas.LoadGen.Sending;
using Sipas.Testing;

namespace Sipas.LoadGen.Tests.Sending;

public sealed class PacerTests
{
    [Fact]
    public async Task WaitUntilAsync_FakeClock_CompletesExactlyAtTheDueTime()
    {
        var clock = new FakeTimeProvider();
        var pacer = new Pacer(clock);

        var wait = pacer.WaitUntilAsync(TimeSpan.FromSeconds(1), CancellationToken.None);
        clock.Advance(TimeSpan.FromMilliseconds(999));
        var early = wait.IsCompleted;
        clock.Advance(TimeSpan.FromMilliseconds(1));
        await wait.WaitAsync(TimeSpan.FromSeconds(10), TimeProvider.System);

        Assert.False(early);
        Assert.Equal(TimeSpan.FromSeconds(1), pacer.Elapsed);
    }

    [Fact]
    public void WaitUntilAsync_DueTimePassed_CompletesAtOnce()
    {
        var clock = new FakeTimeProvider();
        var pacer = new Pacer(clock);
        clock.Advance(TimeSpan.FromSeconds(5));

        var wait = pacer.WaitUntilAsync(TimeSpan.FromSeconds(2), CancellationToken.None);

        Assert.True(wait.IsCompletedSuccessfully);
    }
}
