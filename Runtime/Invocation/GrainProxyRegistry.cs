using System.ComponentModel;
using System.Runtime.CompilerServices;

namespace Sipas.Runtime.Invocation;

/// <summary>Where generated module initializers register the proxy factory of each grain interface.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class GrainProxyRegistry
{
    /// <summary>Registers the proxy factory of a grain interface. Called by generated code.</summary>
    /// <typeparam name="TGrainInterface">The grain interface.</typeparam>
    /// <param name="factory">Creates a proxy.</param>
    public static void Register<TGrainInterface>(Func<GrainReferenceContext, TGrainInterface> factory)
        where TGrainInterface : IGrain =>
        Factories<TGrainInterface>.Factory = factory;

    internal static Func<GrainReferenceContext, TGrainInterface> Get<TGrainInterface>()
        where TGrainInterface : IGrain
    {
        if (Factories<TGrainInterface>.Factory is { } factory)
        {
            return factory;
        }

        // The generated module initializer runs when its module is first touched; make sure it has.
        RuntimeHelpers.RunModuleConstructor(typeof(TGrainInterface).Module.ModuleHandle);
        return Factories<TGrainInterface>.Factory ?? throw new InvalidOperationException(
            $"No generated proxy for {typeof(TGrainInterface).FullName}. The project that declares the interface must " +
            "run the Sipas.Runtime.Generator source generator (reference Runtime.Generator as an Analyzer).");
    }

    private static class Factories<TGrainInterface>
    {
        public static Func<GrainReferenceContext, TGrainInterface>? Factory { get; set; }
    }
}
