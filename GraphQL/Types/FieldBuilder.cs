using Sipas.GraphQL.Execution;

namespace Sipas.GraphQL.Types;

/// <summary>Configures one field of an object or interface type.</summary>
public sealed class FieldBuilder
{
    private readonly ComplexTypeBuilder _owner;

    internal FieldBuilder(ComplexTypeBuilder owner, string name, string type)
    {
        _owner = owner;
        Name = name;
        TypeReference = type;
    }

    internal string Name { get; }

    internal string TypeReference { get; }

    internal string? DescriptionText { get; private set; }

    internal string? DeprecationReason { get; private set; }

    internal List<InputValueBuilder> Arguments { get; } = [];

    internal FieldResolver? Resolver { get; private set; }

    internal SubscribeResolver? Subscriber { get; private set; }

    internal int? ListCostValue { get; private set; }

    /// <summary>Sets the description.</summary>
    /// <param name="description">The description (Markdown).</param>
    public FieldBuilder Description(string description)
    {
        DescriptionText = description;
        return this;
    }

    /// <summary>Marks the field deprecated.</summary>
    /// <param name="reason">Why, and what to use instead.</param>
    public FieldBuilder Deprecated(string reason = Deprecation.DefaultReason)
    {
        DeprecationReason = reason;
        return this;
    }

    /// <summary>Adds an argument.</summary>
    /// <param name="name">The argument name.</param>
    /// <param name="type">Its type in SDL notation, e.g. <c>String!</c> or <c>[Int!]</c>.</param>
    /// <param name="description">The description.</param>
    /// <param name="defaultValue">A default value: a CLR value (converted for the type) or a <see cref="Language.Ast.ValueNode"/>.</param>
    /// <param name="deprecationReason">Deprecates the argument (only allowed when it is optional).</param>
    public FieldBuilder Argument(string name, string type, string? description = null, object? defaultValue = null, string? deprecationReason = null)
    {
        Arguments.Add(new InputValueBuilder(name, type, description, defaultValue, defaultValue is not null, deprecationReason));
        return this;
    }

    /// <summary>Resolves the field synchronously.</summary>
    /// <param name="resolver">Returns the field's value from the context (parent, arguments, services).</param>
    public FieldBuilder Resolve(Func<ResolveContext, object?> resolver)
    {
        ArgumentNullException.ThrowIfNull(resolver);
        Resolver = context => new ValueTask<object?>(resolver(context));
        return this;
    }

    /// <summary>Resolves the field asynchronously; the context carries the request's cancellation token.</summary>
    /// <typeparam name="T">The value type.</typeparam>
    /// <param name="resolver">Returns the field's value.</param>
    public FieldBuilder ResolveAsync<T>(Func<ResolveContext, ValueTask<T>> resolver)
    {
        ArgumentNullException.ThrowIfNull(resolver);
        Resolver = context =>
        {
            var pending = resolver(context);
            return pending.IsCompletedSuccessfully ? new ValueTask<object?>(pending.Result) : Box(pending);
        };
        return this;
    }

    /// <summary>Resolves the field asynchronously from a task.</summary>
    /// <typeparam name="T">The value type.</typeparam>
    /// <param name="resolver">Returns the field's value.</param>
    public FieldBuilder ResolveTask<T>(Func<ResolveContext, Task<T>> resolver)
    {
        ArgumentNullException.ThrowIfNull(resolver);
        return ResolveAsync(context => new ValueTask<T>(resolver(context)));
    }

    /// <summary>Makes this subscription field's source stream; each event becomes the field's parent value.</summary>
    /// <typeparam name="T">The event type.</typeparam>
    /// <param name="subscribe">Creates the event stream (honour the context's cancellation token).</param>
    public FieldBuilder Subscribe<T>(Func<ResolveContext, IAsyncEnumerable<T>> subscribe)
    {
        ArgumentNullException.ThrowIfNull(subscribe);
        Subscriber = context => new ValueTask<IAsyncEnumerable<object?>>(Cast(subscribe(context), context.CancellationToken));
        return this;
    }

    /// <summary>Sets the static cost multiplier of this list field (instead of the executor's default).</summary>
    /// <param name="multiplier">How many items the field is expected to return.</param>
    public FieldBuilder ListCost(int multiplier)
    {
        ListCostValue = multiplier;
        return this;
    }

    /// <summary>Adds another field to the same type (lets definitions chain).</summary>
    /// <param name="name">The field name.</param>
    /// <param name="type">Its type in SDL notation.</param>
    public FieldBuilder Field(string name, string type) => _owner.Field(name, type);

    /// <summary>Adds another field to the same type, configured by a callback (lets definitions chain).</summary>
    /// <param name="name">The field name.</param>
    /// <param name="type">Its type in SDL notation.</param>
    /// <param name="configure">Configures arguments, resolver, description.</param>
    public FieldBuilder Field(string name, string type, Action<FieldBuilder> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        var field = _owner.Field(name, type);
        configure(field);
        return field;
    }

    private static async ValueTask<object?> Box<T>(ValueTask<T> pending) => await pending.ConfigureAwait(false);

    private static async IAsyncEnumerable<object?> Cast<T>(IAsyncEnumerable<T> source, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var item in source.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            yield return item;
        }
    }
}
