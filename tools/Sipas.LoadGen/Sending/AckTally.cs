namespace Sipas.LoadGen.Sending;

/// <summary>
/// What one request's items came to: each item lands in exactly one of accepted, duplicate, rejected or errors
/// (no valid acknowledgement). <see cref="Problems"/> says what the server did wrong; <see cref="AcceptedAt"/> holds
/// the positions of the accepted items in the request (resend candidates for <c>--duplicates</c>).
/// </summary>
internal sealed record AckTally(
    int Accepted, int Duplicate, int Rejected, int Errors, IReadOnlyList<string> Problems, IReadOnlyList<int> AcceptedAt)
{
    public static AckTally Failed(int count, string problem) => new(0, 0, 0, count, [problem], []);
}
