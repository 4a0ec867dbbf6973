using System.Security.Claims;
using Sipas.GraphQL.Language.Ast;
using Sipas.GraphQL.Types;

namespace Sipas.GraphQL.Execution;

/// <summary>What a resolver gets: the parent value, typed arguments, the request context and the cancellation token.</summary>
public sealed class ResolveContext
{
    private readonly ExecutionContext _execution;
    private readonly FieldPlan _plan;

    internal ResolveContext(ExecutionContext execution, FieldPlan plan, ObjectType parentType, object? parent, FieldPath path)
    {
        _execution = execution;
        _plan = plan;
        ParentType = parentType;
        ParentValue = parent;
        Path = path;
    }

    /// <summary>The parent object's value (the root value for root fields, the event for subscription fields).</summary>
    public object? ParentValue { get; }

    /// <summary>The object type the field is selected on.</summary>
    public ObjectType ParentType { get; }

    /// <summary>The field's definition.</summary>
    public FieldDefinition Field => _plan.Definition;

    /// <summary>The first field node of the selection (for alias or directives).</summary>
    public FieldNode FieldNode => _plan.Nodes[0];

    /// <summary>The path of the field in the response.</summary>
    public FieldPath Path { get; }

    /// <summary>The coerced arguments (defaults applied; absent optional arguments are missing).</summary>
    public IReadOnlyDictionary<string, object?> Arguments => _plan.Arguments ?? EmptyArguments;

    /// <summary>The request context.</summary>
    public RequestContext Request => _execution.Request;

    /// <summary>The request's services.</summary>
    public IServiceProvider Services => _execution.Request.Services;

    /// <summary>The authenticated user, if any.</summary>
    public ClaimsPrincipal? User => _execution.Request.User;

    /// <summary>The schema.</summary>
    public Schema Schema => _execution.Schema;

    /// <summary>The coerced variables of the operation.</summary>
    public IReadOnlyDictionary<string, object?> Variables => _execution.Variables;

    /// <summary>Cancelled when the client goes away or the execution timeout elapses.</summary>
    public CancellationToken CancellationToken => _execution.CancellationToken;

    private static IReadOnlyDictionary<string, object?> EmptyArguments { get; } = new Dictionary<string, object?>();

    /// <summary>The parent value as <typeparamref name="T"/>.</summary>
    /// <typeparam name="T">The expected CLR type.</typeparam>
    /// <exception cref="InvalidCastException">The parent is of another type.</exception>
    public T Parent<T>() => (T)ParentValue!;

    /// <summary>An argument converted to <typeparamref name="T"/> (numbers widen, lists become arrays or lists, input
    /// objects become dictionaries or, through JSON, records); default when absent.</summary>
    /// <typeparam name="T">The CLR type.</typeparam>
    /// <param name="name">The argument name.</param>
    public T Argument<T>(string name) =>
        _plan.Arguments is { } arguments && arguments.TryGetValue(name, out var value) ? ArgumentConverter.Convert<T>(value) : default!;

    /// <summary>Whether an argument was given (explicitly or through a default).</summary>
    /// <param name="name">The argument name.</param>
    public bool HasArgument(string name) => _plan.Arguments?.ContainsKey(name) ?? false;

    /// <summary>
    /// The request's batching loader of this name, created on first use. Keys loaded while the current execution
    /// level runs are passed to <paramref name="batch"/> in one call once no resolver can progress without them.
    /// </summary>
    /// <typeparam name="TKey">The key type.</typeparam>
    /// <typeparam name="TValue">The value type.</typeparam>
    /// <param name="name">A name unique to this loader's purpose.</param>
    /// <param name="batch">Loads many keys at once; missing keys resolve to default.</param>
    public DataLoader<TKey, TValue> GetDataLoader<TKey, TValue>(string name, Func<IReadOnlyList<TKey>, CancellationToken, ValueTask<IReadOnlyDictionary<TKey, TValue>>> batch)
        where TKey : notnull => _execution.Loaders.GetOrAdd(name, batch);
}
