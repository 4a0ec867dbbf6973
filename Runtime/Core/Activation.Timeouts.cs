using System.Globalization;
using System.Text;
using Sipas.Runtime.Invocation;

namespace Sipas.Runtime.Core;

/// <summary>Finding calls to this activation that passed their deadline.</summary>
internal sealed partial class Activation
{
    /// <summary>Claims every waiting or running call past its deadline and adds it with the message its caller will get.</summary>
    public void CollectExpired(long now, List<(RequestBase Request, string Message)> expired)
    {
        lock (_lock)
        {
            foreach (var request in _pending)
            {
                AddIfExpired(request, now, expired, waiting: true);
            }

            foreach (var request in _running)
            {
                AddIfExpired(request, now, expired, waiting: false);
            }
        }
    }

    private void AddIfExpired(RequestBase request, long now, List<(RequestBase Request, string Message)> expired, bool waiting)
    {
        // Claimed under the lock: a request still listed here has not finished, so it cannot be recycled meanwhile.
        if (request.Deadline > now || request.Method.IsOneWay || request.HasResponded)
        {
            return;
        }

        var message = DescribeTimeout_Locked(request, waiting);
        if (request.TryClaim())
        {
            expired.Add((request, message));
        }
    }

    private string DescribeTimeout_Locked(RequestBase request, bool waiting)
    {
        var timeout = request.Method.ResponseTimeout ?? Runtime.MessagingOptions.ResponseTimeout;
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"Response did not arrive on time in {timeout} for {request.Method} on grain {GrainId}, ");
        text.Append(request.Caller is { } caller
            ? $"called by grain {caller.GrainId}" + (request.CallerMethod is { } m ? $" in {m}" : "")
            : "called by a client (not a grain)");
        text.Append('.');
        if (waiting && _running.Count > 0)
        {
            text.Append(" The call was still waiting in the queue of ").Append(GrainId).Append(", which was busy running ");
            text.AppendJoin(", ", _running.Select(r => r.Method.ToString()));
            text.Append(". A call cycle between non-reentrant grains (A → B → A) never completes: break the cycle, or ");
            text.Append("mark the method [AlwaysInterleave] or [ReadOnly], or the grain class [Reentrant].");
        }
        else if (!waiting)
        {
            text.Append(" The grain method started but had not finished.");
        }

        return text.ToString();
    }
}
