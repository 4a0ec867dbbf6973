namespace Sipas.Api.Webhooks;

/// <summary>Exponential backoff: the wait after the <c>n</c>-th failed attempt is initial × 2^(n−1), capped.</summary>
public static class WebhookBackoff
{
    public static TimeSpan After(int failedAttempts, TimeSpan initial, TimeSpan max)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(failedAttempts, 1);
        var exponent = Math.Min(failedAttempts - 1, 30);
        var wait = initial.TotalMilliseconds * Math.Pow(2, exponent);
        return wait >= max.TotalMilliseconds ? max : TimeSpan.FromMilliseconds(wait);
    }
}
