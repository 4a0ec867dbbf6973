using System.Globalization;
using System.Reflection;
using System.Runtime.CompilerServices;
using Sipas.GraphQL;
using Sipas.GraphQL.Types;

namespace Sipas.Api.GraphQL;

/// <summary>
/// A small generic schema the Silo serves at <c>/graphql</c> until the SIPAS schema exists: the server's clock and
/// version, an echo and a ticking subscription (handy for checking the transports and the IDE).
/// </summary>
public static class ServerSchema
{
    /// <summary>The largest <c>ticks(count:)</c>.</summary>
    public const int MaxTicks = 1000;

    /// <summary>Builds the schema.</summary>
    /// <param name="timeProvider">The clock behind <c>serverTime</c> and <c>ticks</c>.</param>
    public static Schema Build(TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(timeProvider);
        var version = typeof(ServerSchema).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";
        return new SchemaBuilder()
            .Query("Query", q => q
                .Field("serverTime", "String!", f => f
                    .Description("The server's current time, ISO 8601 in UTC.")
                    .Resolve(_ => timeProvider.GetUtcNow().ToString("O", CultureInfo.InvariantCulture)))
                .Field("version", "String!", f => f.Description("The server's version.").Resolve(_ => version))
                .Field("echo", "String!", f => f
                    .Description("Returns the message it is given.")
                    .Argument("message", "String!")
                    .Resolve(c => c.Argument<string>("message"))))
            .Subscription("Subscription", s => s
                .Field("ticks", "Int!", f => f
                    .Description("Counts from 1 to `count`, one number every `intervalMs` milliseconds, then completes.")
                    .Argument("count", "Int", defaultValue: 5)
                    .Argument("intervalMs", "Int", defaultValue: 1000)
                    .Subscribe(c => Ticks(c.Argument<int>("count"), c.Argument<int>("intervalMs"), timeProvider))
                    .Resolve(c => c.ParentValue)))
            .Build();
    }

    /// <summary>Checks the arguments before the stream starts, so that a bad one fails the subscription at once.</summary>
    private static IAsyncEnumerable<int> Ticks(int count, int intervalMs, TimeProvider timeProvider)
    {
        if (count is < 0 or > MaxTicks)
        {
            throw new GraphQLException($"count must be between 0 and {MaxTicks}.");
        }

        if (intervalMs is < 1 or > 60_000)
        {
            throw new GraphQLException("intervalMs must be between 1 and 60000.");
        }

        return TickStream(count, intervalMs, timeProvider, CancellationToken.None);
    }

    private static async IAsyncEnumerable<int> TickStream(int count, int intervalMs, TimeProvider timeProvider, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(intervalMs), timeProvider);
        for (var tick = 1; tick <= count; tick++)
        {
            if (!await timer.WaitForNextTickAsync(cancellationToken))
            {
                yield break;
            }

            yield return tick;
        }
    }
}
