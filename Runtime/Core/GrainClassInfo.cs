using System.Reflection;
using Microsoft.Extensions.DependencyInjection;
using Sipas.Runtime.Concurrency;
using Sipas.Runtime.Configuration;
using Sipas.Runtime.Storage;

namespace Sipas.Runtime.Core;

/// <summary>What the runtime knows about one grain class, computed once at start-up.</summary>
internal sealed class GrainClassInfo
{
    private static readonly MethodInfo CreateStateMethod =
        typeof(GrainClassInfo).GetMethod(nameof(CreateState), BindingFlags.NonPublic | BindingFlags.Static)!;

    private readonly ConstructorInfo _constructor;
    private readonly Func<Activation, object?>[] _arguments;

    public GrainClassInfo(Type grainClass, GrainCollectionOptions options)
    {
        GrainClass = grainClass;
        GrainType = grainClass.GetCustomAttribute<GrainTypeAttribute>()?.GrainType ?? DefaultGrainType(grainClass);
        IsReentrant = grainClass.IsDefined(typeof(ReentrantAttribute), inherit: true);
        CollectionAge = grainClass.IsDefined(typeof(KeepAliveAttribute), inherit: true)
            ? null
            : grainClass.GetCustomAttribute<CollectionAgeLimitAttribute>()?.Amount
              ?? (options.ClassSpecificCollectionAge.TryGetValue(grainClass.FullName!, out var age) ? age : options.CollectionAge);
        Interfaces = [.. grainClass.GetInterfaces().Where(i => typeof(IGrain).IsAssignableFrom(i) && i != typeof(IGrain)
            && i != typeof(IGrainWithStringKey) && i != typeof(IAddressable))];
        _constructor = grainClass.GetConstructors().OrderByDescending(c => c.GetParameters().Length).FirstOrDefault()
            ?? throw new InvalidOperationException($"Grain class {grainClass} has no public constructor.");
        _arguments = [.. _constructor.GetParameters().Select(BindParameter)];
    }

    public Type GrainClass { get; }

    public string GrainType { get; }

    public bool IsReentrant { get; }

    /// <summary>Idle time before collection; null for [KeepAlive] classes.</summary>
    public TimeSpan? CollectionAge { get; }

    public IReadOnlyList<Type> Interfaces { get; }

    /// <summary>Orleans' default: the class name, lower case, without a "Grain" suffix.</summary>
    public static string DefaultGrainType(Type grainClass)
    {
        var name = grainClass.Name;
        if (name.EndsWith("Grain", StringComparison.Ordinal) && name.Length > "Grain".Length)
        {
            name = name[..^"Grain".Length];
        }

        return name.ToLowerInvariant();
    }

    /// <summary>Constructs the grain through DI; persistent-state parameters are bound to the activation.</summary>
    public object Create(Activation activation)
    {
        var arguments = new object?[_arguments.Length];
        for (var i = 0; i < arguments.Length; i++)
        {
            arguments[i] = _arguments[i](activation);
        }

        using var scope = Grain.Constructing(activation);
        try
        {
            return _constructor.Invoke(arguments);
        }
        catch (TargetInvocationException ex) when (ex.InnerException is not null)
        {
            throw ex.InnerException;
        }
    }

    private Func<Activation, object?> BindParameter(ParameterInfo parameter)
    {
        var type = parameter.ParameterType;
        if (parameter.GetCustomAttribute<PersistentStateAttribute>() is { } attribute)
        {
            if (!type.IsGenericType || type.GetGenericTypeDefinition() != typeof(IPersistentState<>))
            {
                throw new InvalidOperationException(
                    $"[PersistentState] parameter {parameter.Name} of {GrainClass} must be IPersistentState<T>.");
            }

            var create = CreateStateMethod.MakeGenericMethod(type.GetGenericArguments()[0])
                .CreateDelegate<Func<Activation, PersistentStateAttribute, object>>();
            return activation => create(activation, attribute);
        }

        return activation => activation.Services.GetService(type)
            ?? (parameter.HasDefaultValue
                ? parameter.DefaultValue
                : throw new InvalidOperationException($"Cannot resolve {type} for parameter {parameter.Name} of grain class {GrainClass}."));
    }

    private static object CreateState<TState>(Activation activation, PersistentStateAttribute attribute)
    {
        var storageName = attribute.StorageName ?? GrainStorageNames.Default;
        var storage = activation.Services.GetKeyedService<IGrainStorage>(storageName)
            ?? throw new InvalidOperationException(
                $"No grain storage named '{storageName}' is registered (state '{attribute.StateName}' of {activation.GrainClass.GrainClass}).");
        var state = new PersistentState<TState>(attribute.StateName, storageName, storage, activation);
        activation.AddState(state);
        return state;
    }
}
