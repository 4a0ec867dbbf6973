using System.Globalization;
using System.Reflection;
using System.Runtime.CompilerServices;
using Sipas.GraphQL;
using Sipas.GraphQL.Types;

namespace Sipas.Api.GraphQL.Server;

/// <summary>
/// Transport checks that need no key: the server's clock and version, an echo (as a query and as a mutation) and a
/// ticking subscription. Handy for the IDE and the conformance tests; they reveal nothing about units. The part also
/// gives each root type a field, so the composed schema always has a Mutation and a Subscription type.
/// </summary>
public sealed class ServerInfoPart(TimeProvider clock) : ISipasSchemaPart
{
    /// <summary>The largest <c>ticks(count:)</c>.</summary>
    public const int MaxTicks = 1000;

    private static readonly string Version =
        typeof(ServerInfoPart).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";

    public void AddQueryFields(ObjectTypeBuilder query) => query
        .Field("serverTime", "String!", f => f
            .Description("The server's current time, ISO 8601 in UTC.")
            .Resolve(_ => clock.GetUtcNow().ToString("O", CultureInfo.InvariantCulture)))
        .Field("version", "String!", f => f.Description("The server's version.").Resolve(_ => Version))
        .Field("echo", "String!", f => f
            .Description("Returns the message it is given.")
            .Argument("message", "String!")
            .Resolve(c => c.Argument<string>("message")));

    public void AddMutationFields(ObjectTypeBuilder mutation) => mutation
        .Field("echo", "String!", f => f
            .Description("Returns the message it is given (checks mutations over the transports; changes nothing).")
            .Argument("message", "String!")
            .Resolve(c => c.Argument<string>("message")));

    public void AddSubscriptionFields(ObjectTypeBuilder subscription) => subscription
        .Field("ticks", "Int!", f => f
            .Description("Counts from 1 to `count`, one number every `intervalMs` milliseconds, then completes.")
            .Argument("count", "Int", defaultValue: 5)
            .Argument("intervalMs", "Int", defaultValue: 1000)
            .Subscribe(c => Ticks(c.Argument<int>("count"), c.Argument<int>("intervalMs")))
            .Resolve(c => c.ParentValue));

    /// <summary>Checks the arguments before the stream starts, so that a bad one fails the subscription at once.</summary>
    private IAsyncEnumerable<int> Ticks(int count, int intervalMs)
    {
        if (count is < 0 or > MaxTicks)
        {
            throw new GraphQLException($"count must be between 0 and {MaxTicks}.");
        }

        if (intervalMs is < 1 or > 60_000)
        {
            throw new GraphQLException("intervalMs must be between 1 and 60000.");
        }

        return TickStream(count, intervalMs, CancellationToken.None);
    }

    private async IAsyncEnumerable<int> TickStream(int count, int intervalMs, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(intervalMs), clock);
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
