using System.ComponentModel;
using Sipas.Runtime.Core;

namespace Sipas.Runtime.Invocation;

/// <summary>The runtime's binding of one grain reference: identity, implementation class and a cached activation.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class GrainReferenceContext
{
    internal GrainReferenceContext(GrainRuntime runtime, GrainId grainId, GrainClassInfo grainClass)
    {
        Runtime = runtime;
        GrainId = grainId;
        GrainClass = grainClass;
    }

    /// <summary>The grain's identity.</summary>
    public GrainId GrainId { get; }

    internal GrainRuntime Runtime { get; }

    internal GrainClassInfo GrainClass { get; }

    /// <summary>The last activation this reference delivered to; revalidated on every send.</summary>
    internal Activation? CachedActivation { get; set; }
}
