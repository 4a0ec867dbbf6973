using Sipas.GraphQL.Language;
using Sipas.GraphQL.Types;

namespace Sipas.GraphQL.Execution;

/// <summary>
/// Executes an operation (spec section 6) level by level: every resolver of a level is called (async ones run
/// concurrently), then the level's pending results are awaited — dispatching the queued DataLoader keys whenever
/// nothing else can progress — and completed, which yields the objects of the next level. Results keep selection
/// order; mutation root fields run one after another, each to completion.
/// </summary>
internal static partial class Executor
{
    internal static readonly object Invalid = new();

    public static async Task<ExecutionResult> ExecuteAsync(ExecutionContext context, object? rootValue)
    {
        var rootType = context.Schema.GetRootType(context.Operation.Operation)!;
        var plan = FieldCollector.CollectRoot(context, rootType);
        var data = new ResultMap(plan.Keys, null, 0, false);
        if (context.Operation.Operation == OperationType.Mutation)
        {
            for (var i = 0; i < plan.Fields.Length && !context.DataNulled; i++)
            {
                await RunLevelsAsync(context, [new WorkItem(plan, rootType, rootValue, data, null, i, i + 1)]).ConfigureAwait(false);
            }
        }
        else
        {
            await RunLevelsAsync(context, [new WorkItem(plan, rootType, rootValue, data, null, 0, plan.Fields.Length)]).ConfigureAwait(false);
        }

        return ExecutionResult.FromData(context.DataNulled ? null : data, context.GetErrorsInResponseOrder());
    }

    private static async Task RunLevelsAsync(ExecutionContext context, List<WorkItem> current)
    {
        while (current.Count > 0)
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            var next = new List<WorkItem>();
            List<PendingField>? pending = null;
            foreach (var work in current)
            {
                if (context.AnyNulled && !work.Target.IsLive())
                {
                    continue;
                }

                for (var i = work.From; i < work.To; i++)
                {
                    StartField(context, work, i, next, ref pending);
                }
            }

            if (pending is not null)
            {
                await DrainAsync(context, pending, next).ConfigureAwait(false);
            }

            current = next;
        }
    }

    private static void StartField(ExecutionContext context, WorkItem work, int index, List<WorkItem> next, ref List<PendingField>? pending)
    {
        var field = work.Plan.Fields[index];
        var path = work.Path is null ? FieldPath.Root(field.ResponseName) : work.Path.Append(field.ResponseName);
        if (field.ArgumentError is { } argumentError)
        {
            context.AddError(new GraphQLError(argumentError.Message, argumentError.Locations, path.ToList()), work.Target, index);
            HandleNull(context, work.Target, index, field.Definition.Type is NonNullType);
            return;
        }

        var resolveContext = new ResolveContext(context, field, work.Type, work.Source, path);
        ValueTask<object?> result;
        try
        {
            var resolver = field.Definition.Resolver;
            result = resolver is not null ? resolver(resolveContext)
                : work.Path is null && context.Operation.Operation == OperationType.Subscription ? new ValueTask<object?>(work.Source)
                : new ValueTask<object?>(DefaultResolver.Resolve(work.Source, field.Definition.Name));
        }
        catch (Exception ex)
        {
            FieldError(context, field, path, ex, work.Target, index);
            return;
        }

        if (result.IsCompletedSuccessfully)
        {
            CompleteField(context, work, index, resolveContext, result.Result, next);
        }
        else
        {
            (pending ??= []).Add(new PendingField(work, index, resolveContext, result.AsTask()));
        }
    }

    private static async Task DrainAsync(ExecutionContext context, List<PendingField> pending, List<WorkItem> next)
    {
        var tasks = new Task[pending.Count];
        for (var i = 0; i < tasks.Length; i++)
        {
            tasks[i] = pending[i].Task;
        }

        var all = Task.WhenAll(tasks);
        var cancelled = Task.Delay(Timeout.Infinite, context.CancellationToken);
        while (!all.IsCompleted)
        {
            var queued = context.Loaders.WaitForQueuedAsync();
            if (context.Loaders.DispatchAll(context.CancellationToken))
            {
                continue;
            }

            if (await Task.WhenAny(all, queued, cancelled).ConfigureAwait(false) == cancelled)
            {
                context.CancellationToken.ThrowIfCancellationRequested();
            }
        }

        // A timeout or a client that went away stops the execution rather than turning into field errors.
        context.CancellationToken.ThrowIfCancellationRequested();
        foreach (var item in pending)
        {
            var task = item.Task;
            if (task.IsCompletedSuccessfully)
            {
                CompleteField(context, item.Work, item.Index, item.Context, task.Result, next);
            }
            else
            {
                var field = item.Work.Plan.Fields[item.Index];
                FieldError(context, field, item.Context.Path, task.Exception?.InnerException ?? new TaskCanceledException(), item.Work.Target, item.Index);
            }
        }
    }

    private static void CompleteField(ExecutionContext context, WorkItem work, int index, ResolveContext resolveContext, object? value, List<WorkItem> next)
    {
        if (context.AnyNulled && !work.Target.IsLive())
        {
            return;
        }

        var field = work.Plan.Fields[index];
        var type = field.Definition.Type;
        var completed = CompleteValue(context, type, field, resolveContext, value, resolveContext.Path, work.Target, index, false, next);
        if (completed == Invalid)
        {
            HandleNull(context, work.Target, index, type is NonNullType);
        }
        else
        {
            work.Target.RawValues[index] = completed;
        }
    }

    private static void FieldError(ExecutionContext context, FieldPlan field, FieldPath path, Exception exception, ResultMap target, int index)
    {
        context.AddError(ErrorFromException(context, exception, field, path), target, index);
        HandleNull(context, target, index, field.Definition.Type is NonNullType);
    }

    private static GraphQLError ErrorFromException(ExecutionContext context, Exception exception, FieldPlan field, FieldPath path)
    {
        while (exception is AggregateException { InnerException: { } inner })
        {
            exception = inner;
        }

        var locations = field.Locations;
        return exception switch
        {
            GraphQLException graphQL => new GraphQLError(graphQL.Message, locations, path.ToList(), graphQL.Extensions),
            OperationCanceledException when context.CancellationToken.IsCancellationRequested =>
                new GraphQLError("The operation was cancelled.", locations, path.ToList()),
            _ => new GraphQLError(context.Options.ExposeExceptionMessages ? exception.Message : "Unexpected error.", locations, path.ToList()),
        };
    }

    /// <summary>Sets a slot to null; when the slot is non-null, nulls its container instead (spec 6.4.4).</summary>
    private static void HandleNull(ExecutionContext context, object container, int index, bool nonNull)
    {
        switch (container)
        {
            case ResultMap map:
                map.RawValues[index] = null;
                break;
            case ResultList list:
                list.RawValues[index] = null;
                break;
            default:
                break;
        }

        if (nonNull)
        {
            NullContainer(context, container);
        }
    }

    private static void NullContainer(ExecutionContext context, object container)
    {
        context.AnyNulled = true;
        var (parent, index, nonNull) = container switch
        {
            ResultMap map => (map.Parent, map.IndexInParent, map.NonNullInParent),
            ResultList list => (list.Parent, list.IndexInParent, list.NonNullInParent),
            _ => (null, 0, false),
        };
        if (container is ResultMap nulledMap)
        {
            nulledMap.IsNulled = true;
        }
        else if (container is ResultList nulledList)
        {
            nulledList.IsNulled = true;
        }

        if (parent is null)
        {
            context.DataNulled = true;
            return;
        }

        HandleNull(context, parent, index, nonNull);
    }

    private readonly record struct WorkItem(ObjectPlan Plan, ObjectType Type, object? Source, ResultMap Target, FieldPath? Path, int From, int To);

    private readonly record struct PendingField(WorkItem Work, int Index, ResolveContext Context, Task<object?> Task);
}
