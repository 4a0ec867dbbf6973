using Sipas.LoadGen.Sending;
using Sipas.LoadGen.Wire;

namespace Sipas.LoadGen.Tests.Sending;

public sealed class AcknowledgementCheckTests
{
    private static OutgoingItem Item(int n, bool resend = false) => new(
        new WireResponse(new Guid(n, 0, 0, new byte[8]), "01001", "sipas-2017", DateTimeOffset.UnixEpoch, "kiosk", new Dictionary<string, int> { ["TC1"] = 5 }),
        resend);

    private static ItemReply Reply(OutgoingItem item, string status) => new(item.Response.Id.ToString(), status, null);

    [Fact]
    public void Check_OneResultPerItemInOrder_TalliedWithoutProblems()
    {
        OutgoingItem[] sent = [Item(1), Item(2), Item(3, resend: true)];
        var reply = new SubmitReply([Reply(sent[0], "accepted"), Reply(sent[1], "rejected"), Reply(sent[2], "duplicate")]);

        var tally = AcknowledgementCheck.Check(sent, reply, duplicatesAllowed: false);

        Assert.Equal((1, 1, 1, 0), (tally.Accepted, tally.Duplicate, tally.Rejected, tally.Errors));
        Assert.Empty(tally.Problems);
        Assert.Equal([0], tally.AcceptedAt);
    }

    [Fact]
    public void Check_MissingResult_LostAcknowledgement()
    {
        OutgoingItem[] sent = [Item(1), Item(2)];

        var tally = AcknowledgementCheck.Check(sent, new SubmitReply([Reply(sent[0], "accepted")]), duplicatesAllowed: false);

        Assert.Equal((1, 1), (tally.Accepted, tally.Errors));
        Assert.Contains("1 results for 2 items", Assert.Single(tally.Problems), StringComparison.Ordinal);
    }

    [Fact]
    public void Check_ExtraResult_Problem()
    {
        OutgoingItem[] sent = [Item(1)];

        var tally = AcknowledgementCheck.Check(sent, new SubmitReply([Reply(sent[0], "accepted"), Reply(Item(9), "accepted")]), duplicatesAllowed: false);

        Assert.Single(tally.Problems);
        Assert.Equal(1, tally.Accepted);
    }

    [Fact]
    public void Check_ResultsOutOfOrder_ErrorsForMismatchedIds()
    {
        OutgoingItem[] sent = [Item(1), Item(2)];

        var tally = AcknowledgementCheck.Check(sent, new SubmitReply([Reply(sent[1], "accepted"), Reply(sent[0], "accepted")]), duplicatesAllowed: false);

        Assert.Equal((0, 2), (tally.Accepted, tally.Errors));
        Assert.Equal(2, tally.Problems.Count);
    }

    [Fact]
    public void Check_NewIdComesBackDuplicate_Error()
    {
        OutgoingItem[] sent = [Item(1)];

        var tally = AcknowledgementCheck.Check(sent, new SubmitReply([Reply(sent[0], "duplicate")]), duplicatesAllowed: false);

        Assert.Equal((0, 1), (tally.Duplicate, tally.Errors));
        Assert.Contains("new id came back duplicate", Assert.Single(tally.Problems), StringComparison.Ordinal);
    }

    [Fact]
    public void Check_ReplayedFile_DuplicateAllowed()
    {
        OutgoingItem[] sent = [Item(1)];

        var tally = AcknowledgementCheck.Check(sent, new SubmitReply([Reply(sent[0], "duplicate")]), duplicatesAllowed: true);

        Assert.Equal((1, 0), (tally.Duplicate, tally.Errors));
    }

    [Fact]
    public void Check_DeliberateResendAccepted_IdempotencyBroken()
    {
        OutgoingItem[] sent = [Item(1, resend: true)];

        var tally = AcknowledgementCheck.Check(sent, new SubmitReply([Reply(sent[0], "accepted")]), duplicatesAllowed: false);

        Assert.Equal((0, 1), (tally.Accepted, tally.Errors));
        Assert.Contains("idempotency", Assert.Single(tally.Problems), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("queued")]
    [InlineData(null)]
    public void Check_UnknownStatus_Error(string? status)
    {
        OutgoingItem[] sent = [Item(1)];

        var tally = AcknowledgementCheck.Check(sent, new SubmitReply([new ItemReply(sent[0].Response.Id.ToString(), status, null)]), duplicatesAllowed: false);

        Assert.Equal(1, tally.Errors);
    }

    [Fact]
    public void Check_NoResultsProperty_AllLost()
    {
        OutgoingItem[] sent = [Item(1), Item(2)];

        var tally = AcknowledgementCheck.Check(sent, new SubmitReply(null), duplicatesAllowed: false);

        Assert.Equal(2, tally.Errors);
    }
}
