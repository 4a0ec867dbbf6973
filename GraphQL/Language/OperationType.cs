namespace Sipas.GraphQL.Language;

/// <summary>The three operation types.</summary>
public enum OperationType
{
    /// <summary>A read-only fetch.</summary>
    Query,
    /// <summary>A write followed by a fetch.</summary>
    Mutation,
    /// <summary>A long-lived request that fetches data in response to source events.</summary>
    Subscription,
}
