using System.Runtime.CompilerServices;
using Sipas.GraphQL.Execution;
using Sipas.GraphQL.Types;

namespace Sipas.GraphQL;

/// <content>Subscriptions (spec 6.2.3): a source stream mapped to a response stream.</content>
public sealed partial class GraphQLExecutor
{
    /// <summary>
    /// Subscribes: calls the root field's source stream resolver and returns a stream that executes the selection
    /// set once per event (the event is the root field's parent value, and its value when the field has no resolver).
    /// </summary>
    /// <param name="prepared">The prepared subscription.</param>
    /// <param name="context">Services, user and root value.</param>
    /// <param name="ct">Ends the subscription.</param>
    public async Task<SubscriptionResult> SubscribeAsync(PreparedRequest prepared, RequestContext context, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(prepared);
        ArgumentNullException.ThrowIfNull(context);
        if (!prepared.IsValid)
        {
            return SubscriptionResult.Failed(ExecutionResult.RequestError(prepared.Errors));
        }

        var errors = new List<GraphQLError>();
        var variables = VariableCoercion.Coerce(Schema, prepared.Operation!, prepared.Request.Variables, errors);
        if (errors.Count > 0)
        {
            return SubscriptionResult.Failed(ExecutionResult.RequestError(errors));
        }

        if (prepared.OperationType != Language.OperationType.Subscription)
        {
            return SubscriptionResult.Failed(ExecutionResult.RequestError([new GraphQLError("The operation is not a subscription.")]));
        }

        var execution = new Execution.ExecutionContext(Schema, prepared.Document!, prepared.Operation!, variables, context, Options, ct);
        var rootType = Schema.SubscriptionType!;
        var plan = FieldCollector.CollectRoot(execution, rootType);
        if (plan.Fields.Length == 0)
        {
            return SubscriptionResult.Failed(ExecutionResult.RequestError([new GraphQLError("The subscription selects no field.")]));
        }

        var field = plan.Fields[0];
        var path = FieldPath.Root(field.ResponseName);
        var location = new[] { field.Nodes[0].Location.StartLocation };
        if (field.ArgumentError is { } argumentError)
        {
            return SubscriptionResult.Failed(ExecutionResult.RequestError([new GraphQLError(argumentError.Message, argumentError.Locations, path.ToList())]));
        }

        if (field.Definition.Subscriber is not { } subscriber)
        {
            return SubscriptionResult.Failed(ExecutionResult.RequestError([new GraphQLError(
                $"Subscription field \"{rootType.Name}.{field.Definition.Name}\" has no source stream.", location, path.ToList())]));
        }

        IAsyncEnumerable<object?> source;
        try
        {
            source = await subscriber(new ResolveContext(execution, field, rootType, context.RootValue, path)).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            var message = ex is GraphQLException || Options.ExposeExceptionMessages ? ex.Message : "Unexpected error.";
            return SubscriptionResult.Failed(ExecutionResult.RequestError([new GraphQLError(message, location, path.ToList(), (ex as GraphQLException)?.Extensions)]));
        }

        return SubscriptionResult.Subscribed(MapSourceToResponse(prepared, variables, context, source, ct));
    }

    private async IAsyncEnumerable<ExecutionResult> MapSourceToResponse(
        PreparedRequest prepared, IReadOnlyDictionary<string, object?> variables, RequestContext context, IAsyncEnumerable<object?> source,
        [EnumeratorCancellation] CancellationToken ct)
    {
        await foreach (var sourceEvent in source.WithCancellation(ct).ConfigureAwait(false))
        {
            yield return await ExecuteWithTimeoutAsync(prepared, variables, context, sourceEvent, ct).ConfigureAwait(false);
        }
    }
}
