using Microsoft.Extensions.Options;
using Sipas.Dashboard.Hub;
using Sipas.Grains.Aggregates;
using Sipas.Testing;

namespace Sipas.Dashboard.Tests.Hub;

public sealed class LiveGroupsTests
{
    private static readonly WindowSpec Days30 = WindowSpec.Parse("30d");
    private readonly FakeTimeProvider _clock = new();
    private readonly LiveGroups _groups;

    public LiveGroupsTests() =>
        _groups = new LiveGroups(_clock, Options.Create(new DashboardOptions { PushesPerSecond = 4, RefreshInterval = TimeSpan.FromMinutes(10) }));

    [Fact]
    public void TakeDue_ChangesWithinThePushInterval_CoalescedIntoTheNextPush()
    {
        var group = _groups.Join("c1", "01", Days30);
        _groups.MarkChanged("01001", "01");
        var first = _groups.TakeDue(_clock.GetUtcNow()).Due;
        _clock.Advance(TimeSpan.FromMilliseconds(100));
        _groups.MarkChanged("01002", "01");
        _groups.MarkChanged("01", "VN");

        var (tooEarly, next) = _groups.TakeDue(_clock.GetUtcNow());
        _clock.Advance(TimeSpan.FromMilliseconds(150));
        var second = _groups.TakeDue(_clock.GetUtcNow()).Due;

        Assert.Equal(["01001"], Assert.Single(first).Units!);
        Assert.Empty(tooEarly);
        Assert.Equal(_clock.GetUtcNow(), next);
        var (pushed, units) = Assert.Single(second);
        Assert.Same(group, pushed);
        Assert.Equal(["01", "01002"], units!.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void TakeDue_NothingChanged_NothingDueUntilTheRefresh()
    {
        _groups.Join("c1", "01", Days30);

        var (due, next) = _groups.TakeDue(_clock.GetUtcNow());
        _clock.Advance(TimeSpan.FromMinutes(10));
        var refresh = _groups.TakeDue(_clock.GetUtcNow()).Due;

        Assert.Empty(due);
        Assert.Equal(_clock.GetUtcNow(), next);
        Assert.Null(Assert.Single(refresh).Units); // null: re-read every unit of the group
    }

    [Fact]
    public void MarkChanged_UnitOutsideEveryGroup_False()
    {
        _groups.Join("c1", "01", Days30);

        var outside = _groups.MarkChanged("79001", "79");

        Assert.False(outside);
    }

    [Fact]
    public void MarkChanged_GroupAlreadyDirty_TrueOnlyForTheFirstChange()
    {
        _groups.Join("c1", "01", Days30);

        var first = _groups.MarkChanged("01001", "01");
        var second = _groups.MarkChanged("01002", "01");
        _groups.TakeDue(_clock.GetUtcNow());
        var afterPush = _groups.MarkChanged("01003", "01");

        Assert.True(first);
        Assert.False(second); // the pusher already knows the group is due
        Assert.True(afterPush);
    }

    [Fact]
    public void Leave_LastMember_GroupGoneAndChangesIgnored()
    {
        _groups.Join("c1", "01", Days30);
        _groups.Join("c2", "01", Days30);

        var first = _groups.Leave("c1", "01", "30d");
        var stillWatched = _groups.MarkChanged("01001", "01");
        _groups.Disconnect("c2");
        var watched = _groups.MarkChanged("01001", "01");

        Assert.True(first);
        Assert.True(stillWatched);
        Assert.False(watched);
        Assert.Equal(0, _groups.Count);
        Assert.False(_groups.Leave("c1", "01", "30d"));
    }

    [Fact]
    public void MembersOf_UnitAndAncestors_EachConnectionOnce()
    {
        _groups.Join("nation", "VN", Days30);
        _groups.Join("both", "VN", Days30);
        _groups.Join("both", "01", WindowSpec.Parse("7d"));
        _groups.Join("province", "01", Days30);
        _groups.Join("other", "79", Days30);

        var members = _groups.MembersOf(["01001", "01", "VN"]);

        Assert.Equal(["both", "nation", "province"], members.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Join_NewGroupAfterPushes_StartsAboveEverySequenceHandedOut()
    {
        var first = _groups.Join("c1", "01", Days30);
        var pushed = _groups.NextSequence();
        _groups.Disconnect("c1");

        var again = _groups.Join("c1", "01", Days30);

        Assert.True(pushed > first.LastSequence);
        Assert.True(again.LastSequence > pushed);
        Assert.NotSame(first, again);
    }
}
