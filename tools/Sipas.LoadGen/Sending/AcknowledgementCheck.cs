using System.Globalization;
using Sipas.LoadGen.Wire;

namespace Sipas.LoadGen.Sending;

/// <summary>
/// Checks a 202 reply against its request: one result per item, in order, with the item's id; a duplicate only for an
/// id sent before on purpose (or when <c>duplicatesAllowed</c>, for a replayed file); never "accepted" for a
/// deliberate resend. Anything else is a lost or wrong acknowledgement and counts as an error.
/// </summary>
internal static class AcknowledgementCheck
{
    public static AckTally Check(IReadOnlyList<OutgoingItem> sent, SubmitReply? reply, bool duplicatesAllowed)
    {
        ArgumentNullException.ThrowIfNull(sent);
        var results = reply?.Results ?? [];
        var problems = new List<string>();
        if (results.Count != sent.Count)
        {
            problems.Add(string.Create(CultureInfo.InvariantCulture, $"reply has {results.Count} results for {sent.Count} items"));
        }

        var acceptedAt = new List<int>();
        int duplicate = 0, rejected = 0, errors = sent.Count - Math.Min(sent.Count, results.Count);
        for (var i = 0; i < Math.Min(sent.Count, results.Count); i++)
        {
            var (item, result) = (sent[i], results[i]);
            var problem = Problem(item, result, duplicatesAllowed);
            if (problem is not null)
            {
                problems.Add(string.Create(CultureInfo.InvariantCulture, $"item {i} ({item.Response.Id}): {problem}"));
                errors++;
            }
            else if (result.Status == ItemReply.Accepted)
            {
                acceptedAt.Add(i);
            }
            else if (result.Status == ItemReply.Duplicate)
            {
                duplicate++;
            }
            else
            {
                rejected++;
            }
        }

        return new AckTally(acceptedAt.Count, duplicate, rejected, errors, problems, acceptedAt);
    }

    private static string? Problem(OutgoingItem item, ItemReply result, bool duplicatesAllowed)
    {
        if (!Guid.TryParse(result.Id, out var id) || id != item.Response.Id)
        {
            return $"the result names id '{result.Id}'";
        }

        return result.Status switch
        {
            ItemReply.Accepted when item.ExpectDuplicate => "a deliberate resend of an accepted id came back accepted (idempotency broken)",
            ItemReply.Accepted or ItemReply.Rejected => null,
            ItemReply.Duplicate when item.ExpectDuplicate || duplicatesAllowed => null,
            ItemReply.Duplicate => "a new id came back duplicate (an earlier acknowledgement was lost or ids collide)",
            _ => $"unknown status '{result.Status}'",
        };
    }
}
