using System.ComponentModel;
using Sipas.Runtime.Core;
using Sipas.Runtime.Invocation;

namespace Sipas.Runtime;

/// <summary>
/// Base class of the generated grain proxies (Orleans' <c>GrainReference</c>). A reference names a grain; it is
/// cheap to create, safe to keep in fields and to share between threads, and equal to any other reference to the
/// same grain through the same interface.
/// </summary>
public abstract class GrainReference : IAddressable, IEquatable<GrainReference>
{
    private readonly GrainReferenceContext _context;

    /// <summary>Called by generated proxies.</summary>
    /// <param name="context">The runtime's binding for this grain.</param>
    protected GrainReference(GrainReferenceContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        _context = context;
    }

    /// <summary>The grain's identity.</summary>
    public GrainId GrainId => _context.GrainId;

    internal GrainRuntime Runtime => _context.Runtime;

    internal GrainReferenceContext Context => _context;

    /// <summary>Sends a request and returns the pending response. Used by generated code.</summary>
    /// <typeparam name="TResult">The result type.</typeparam>
    /// <param name="request">The filled request.</param>
    /// <returns>The response.</returns>
    [EditorBrowsable(EditorBrowsableState.Never)]
    protected ValueTask<TResult> InvokeAsync<TResult>(Request<TResult> request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var version = request.Version;
        _context.Runtime.Send(this, request);
        return new ValueTask<TResult>(request, version);
    }

    /// <summary>Sends a request and returns the pending completion. Used by generated code.</summary>
    /// <param name="request">The filled request.</param>
    /// <returns>The completion.</returns>
    [EditorBrowsable(EditorBrowsableState.Never)]
    protected ValueTask InvokeAsync(Request request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var version = request.Version;
        _context.Runtime.Send(this, request);
        return new ValueTask(request, version);
    }

    /// <summary>Sends a one-way request. Used by generated code.</summary>
    /// <param name="request">The filled request.</param>
    [EditorBrowsable(EditorBrowsableState.Never)]
    protected void InvokeOneWay(RequestBase request)
    {
        ArgumentNullException.ThrowIfNull(request);
        _context.Runtime.Send(this, request);
    }

    /// <inheritdoc />
    public bool Equals(GrainReference? other) =>
        other is not null && other.GetType() == GetType() && other.GrainId == GrainId;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as GrainReference);

    /// <inheritdoc />
    public override int GetHashCode() => GrainId.GetHashCode();

    /// <inheritdoc />
    public override string ToString() => "GrainReference:" + GrainId;
}
