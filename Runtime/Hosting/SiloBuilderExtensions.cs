using System.Reflection;
using System.Text.Json.Serialization.Metadata;
using Microsoft.Extensions.DependencyInjection;
using Sipas.Runtime.Configuration;
using Sipas.Runtime.Storage;

namespace Sipas.Runtime.Hosting;

/// <summary>Silo configuration: grain classes, options, serialization and in-memory storage.</summary>
public static class SiloBuilderExtensions
{
    /// <summary>
    /// Registers a grain class for every grain interface it implements. (Orleans discovers grain classes itself;
    /// when porting, delete these lines.)
    /// </summary>
    /// <typeparam name="TGrain">The grain class.</typeparam>
    /// <param name="builder">The silo builder.</param>
    /// <returns>The builder.</returns>
    public static ISiloBuilder AddGrain<TGrain>(this ISiloBuilder builder)
        where TGrain : Grain
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddSingleton(new GrainClassRegistration(typeof(TGrain)));
        return builder;
    }

    /// <summary>Registers every non-abstract <see cref="Grain"/> subclass in an assembly.</summary>
    /// <param name="builder">The silo builder.</param>
    /// <param name="assembly">The assembly to scan.</param>
    /// <returns>The builder.</returns>
    public static ISiloBuilder AddGrains(this ISiloBuilder builder, Assembly assembly)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(assembly);
        foreach (var type in assembly.GetTypes().Where(t => t is { IsClass: true, IsAbstract: false } && t.IsSubclassOf(typeof(Grain))))
        {
            builder.Services.AddSingleton(new GrainClassRegistration(type));
        }

        return builder;
    }

    /// <summary>Configures options, e.g. <see cref="GrainCollectionOptions"/> or <see cref="SiloMessagingOptions"/> (as in Orleans).</summary>
    /// <typeparam name="TOptions">The options type.</typeparam>
    /// <param name="builder">The silo builder.</param>
    /// <param name="configure">Sets the options.</param>
    /// <returns>The builder.</returns>
    public static ISiloBuilder Configure<TOptions>(this ISiloBuilder builder, Action<TOptions> configure)
        where TOptions : class
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.Configure(configure);
        return builder;
    }

    /// <summary>
    /// Adds the JSON type information of grain state types, normally a source-generated context:
    /// <c>[JsonSerializable(typeof(MyState))] partial class MyStateJsonContext : JsonSerializerContext;</c> then
    /// <c>silo.AddGrainStateJsonContext(MyStateJsonContext.Default)</c>.
    /// </summary>
    /// <param name="builder">The silo builder.</param>
    /// <param name="resolver">The context or resolver.</param>
    /// <returns>The builder.</returns>
    public static ISiloBuilder AddGrainStateJsonContext(this ISiloBuilder builder, IJsonTypeInfoResolver resolver)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(resolver);
        builder.Services.Configure<GrainStateSerializerOptions>(o => o.TypeInfoResolvers.Add(resolver));
        return builder;
    }

    /// <summary>Adds an in-memory storage provider (Orleans' <c>AddMemoryGrainStorage</c>).</summary>
    /// <param name="builder">The silo builder.</param>
    /// <param name="name">The provider's name, as in <c>[PersistentState("state", "name")]</c>.</param>
    /// <returns>The builder.</returns>
    public static ISiloBuilder AddMemoryGrainStorage(this ISiloBuilder builder, string name)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddKeyedSingleton<IGrainStorage>(name, (sp, _) => new MemoryGrainStorage(name, sp.GetRequiredService<IGrainStorageSerializer>()));
        return builder;
    }

    /// <summary>Adds an in-memory storage provider as the default provider.</summary>
    /// <param name="builder">The silo builder.</param>
    /// <returns>The builder.</returns>
    public static ISiloBuilder AddMemoryGrainStorageAsDefault(this ISiloBuilder builder) =>
        builder.AddMemoryGrainStorage(GrainStorageNames.Default);
}
