namespace Sipas.Runtime.Hosting;

/// <summary>A grain class registered with <see cref="SiloBuilderExtensions.AddGrain{TGrain}"/>.</summary>
/// <param name="GrainClass">The grain class.</param>
public sealed record GrainClassRegistration(Type GrainClass);
