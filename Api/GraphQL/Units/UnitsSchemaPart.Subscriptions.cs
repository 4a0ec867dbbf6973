using Microsoft.Extensions.DependencyInjection;
using Sipas.Grains.Live;
using Sipas.GraphQL.Execution;
using Sipas.GraphQL.Types;

namespace Sipas.Api.GraphQL.Units;

/// <content>The live subscriptions: a unit's score as it changes, and the order of a unit's children.</content>
public sealed partial class UnitsSchemaPart
{
    private void AddChangeSubscriptions(ObjectTypeBuilder subscription) => subscription
        .Field("scoreChanged", "Score!", f => f
            .Description("The unit's fresh score each time its figures change, coalesced: at most one event per GraphQL:ScoreChangedInterval (250 ms). Needs a key that may read the unit.")
            .Argument("unit", "String!")
            .Argument("window", SipasWindows.WindowType, "Default LAST_30D.")
            .Argument("questionnaire", "String")
            .Subscribe(c =>
            {
                var code = ReadableArgument(c, "unit", "score of unit");
                ScoreReads.Questionnaire(c); // a bad questionnaire fails the subscription at once, not every event
                var feed = c.Services.GetRequiredService<ChangeFeed>();
                return ChangeStreams.Coalesce(feed.Subscribe(ChangeStreams.Capacity), code, _options.ScoreChangedInterval, clock, StillAllowed(c));
            })
            .ResolveTask(c => ScoreReads.ScoreAsync(
                c, c.Parent<UnitChanged>().Unit, SipasWindows.ToSpec(c.Argument<string?>("window")), ScoreReads.Questionnaire(c))))
        .Field("rankingChanged", "RankingUpdate!", f => f
            .Description("The new order of a unit's children each time it changes (default ranking: 30 days, SIPAS, the default questionnaire; at most once a second). Needs a key that may read the parent.")
            .Argument("parent", "String!")
            .Subscribe(c =>
            {
                var parent = ReadableArgument(c, "parent", "ranking under unit");
                var feed = c.Services.GetRequiredService<RankingFeed>();
                return ChangeStreams.Filter(feed.Subscribe(ChangeStreams.Capacity), parent, StillAllowed(c));
            })
            .Resolve(c => c.ParentValue));

    /// <summary>Ends a stream once the subscriber's key is revoked (the connection authenticated only once).</summary>
    private static Func<bool> StillAllowed(ResolveContext context)
    {
        var caller = context.Caller();
        var services = context.Services;
        return () => GraphQLAccess.IsActive(services, caller);
    }

    /// <summary>The unit a subscription argument names, once it exists and the caller may read its numbers.</summary>
    private static string ReadableArgument(ResolveContext context, string argument, string what)
    {
        var code = context.Argument<string>(argument);
        var caller = context.Caller();
        ScoreReads.KnownUnit(context, code);
        return caller.CanRead(context.Tree(), code) ? code : throw GraphQLAccess.Forbidden($"read the {what} {code}");
    }
}
