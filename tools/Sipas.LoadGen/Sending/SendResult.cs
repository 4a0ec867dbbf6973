namespace Sipas.LoadGen.Sending;

/// <summary>The outcome of one request (after its retries): the tally of its items and how often it was retried.</summary>
internal sealed record SendResult(AckTally Tally, int Retries);
