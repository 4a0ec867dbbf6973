using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Sipas.Runtime.Configuration;
using Sipas.Runtime.Diagnostics;
using Sipas.Runtime.Hosting;
using Sipas.Runtime.Invocation;

namespace Sipas.Runtime.Core;

/// <summary>The silo: the activation directory, message delivery and the grain factory.</summary>
internal sealed partial class GrainRuntime : IGrainFactory
{
    private readonly ConcurrentDictionary<GrainId, Activation> _activations = new();
    private readonly Dictionary<Type, List<GrainClassInfo>> _byInterface = [];
    private readonly ConcurrentDictionary<Type, GrainClassInfo> _resolved = new();
    private readonly long _defaultTimeout;
    private long _retiredCalls;
    private volatile bool _stopped;

    public GrainRuntime(
        IServiceProvider services,
        IEnumerable<GrainClassRegistration> grainClasses,
        IOptions<GrainCollectionOptions> collectionOptions,
        IOptions<SiloMessagingOptions> messagingOptions,
        TimeProvider timeProvider,
        RuntimeMetrics metrics)
    {
        Services = services;
        CollectionOptions = collectionOptions.Value;
        MessagingOptions = messagingOptions.Value;
        TimeProvider = timeProvider;
        Log = (ILoggerFactory?)services.GetService(typeof(ILoggerFactory)) is { } loggers
            ? loggers.CreateLogger<GrainRuntime>()
            : NullLogger.Instance;
        Metrics = metrics;
        _defaultTimeout = ToTimestamp(MessagingOptions.ResponseTimeout);
        foreach (var registration in grainClasses.DistinctBy(r => r.GrainClass))
        {
            var info = new GrainClassInfo(registration.GrainClass, CollectionOptions);
            foreach (var grainInterface in info.Interfaces)
            {
                if (!_byInterface.TryGetValue(grainInterface, out var list))
                {
                    _byInterface[grainInterface] = list = [];
                }

                list.Add(info);
            }
        }

        metrics.Observe(this);
    }

    public IServiceProvider Services { get; }

    public GrainCollectionOptions CollectionOptions { get; }

    public SiloMessagingOptions MessagingOptions { get; }

    public TimeProvider TimeProvider { get; }

    public ILogger Log { get; }

    public RuntimeMetrics Metrics { get; }

    public int ActivationCount => _activations.Count;

    public long TotalCalls => _activations.Values.Sum(a => a.Calls) + Interlocked.Read(ref _retiredCalls);

    public long TotalQueueLength => _activations.Values.Sum(a => (long)a.QueueLength);

    /// <summary>The live activation of a grain, if any (diagnostics and tests).</summary>
    public Activation? GetActivation(string grainType, string key) =>
        _activations.TryGetValue(new GrainId(grainType, key), out var activation) ? activation : null;

    /// <inheritdoc />
    public TGrainInterface GetGrain<TGrainInterface>(string primaryKey, string? grainClassNamePrefix = null)
        where TGrainInterface : IGrainWithStringKey
    {
        ArgumentNullException.ThrowIfNull(primaryKey);
        var grainClass = grainClassNamePrefix is null
            ? _resolved.GetOrAdd(typeof(TGrainInterface), static (type, self) => self.Resolve(type, null), this)
            : Resolve(typeof(TGrainInterface), grainClassNamePrefix);
        var factory = GrainProxyRegistry.Get<TGrainInterface>();
        return factory(new GrainReferenceContext(this, new GrainId(grainClass.GrainType, primaryKey), grainClass));
    }

    /// <summary>Sends a request from the current context (a grain turn or a client) to the referenced grain.</summary>
    public void Send(GrainReference reference, RequestBase request)
    {
        if (SynchronizationContext.Current is ActivationSynchronizationContext caller)
        {
            request.Caller = caller.Activation;
            request.CallerMethod = caller.Activation.CurrentMethod;
        }

        request.Reference = reference;
        if (!request.Method.IsOneWay)
        {
            var timeout = request.Method.ResponseTimeout is { } t ? ToTimestamp(t) : _defaultTimeout;
            request.Deadline = TimeProvider.GetTimestamp() + timeout;
        }

        Deliver(reference.Context, request);
    }

    /// <summary>
    /// Re-delivers a request that reached an activation as it deactivated (timer ticks are dropped); false when the
    /// silo has stopped and the caller must fail it. The new activation is fresh, so nothing runs inline here.
    /// </summary>
    public bool TryForward(RequestBase request)
    {
        if (request.Reference is not { } reference || request.HasResponded)
        {
            return true;
        }

        if (_stopped)
        {
            return false;
        }

        Deliver(reference.Context, request, allowInline: false);
        return true;
    }

    public void OnActivated(Activation activation)
    {
        Metrics.Activated();
        Log.Activated(activation.GrainId);
    }

    public void OnDeactivated(Activation activation, DeactivationReason reason)
    {
        _activations.TryRemove(KeyValuePair.Create(activation.GrainId, activation));
        Interlocked.Add(ref _retiredCalls, activation.Calls);
        Metrics.Deactivated(reason.ReasonCode);
        Log.Deactivated(activation.GrainId, reason.ReasonCode);
    }

    public void OnOneWayFailed(RequestBase request, Exception exception) =>
        Log.OneWayFailed(request.Method.ToString(), request.Reference?.GrainId, exception);

    private void Deliver(GrainReferenceContext context, RequestBase request, bool allowInline = true)
    {
        if (context.CachedActivation is { } cached && cached.TryEnqueue(request, allowInline))
        {
            return;
        }

        while (true)
        {
            if (_stopped)
            {
                request.TryFail(new InvalidOperationException($"The silo has stopped: {request.Method} to {context.GrainId} was not delivered."));
                return;
            }

            var activation = _activations.GetOrAdd(
                context.GrainId,
                static (id, arg) => new Activation(arg.Runtime, id, arg.GrainClass),
                (Runtime: this, context.GrainClass));
            context.CachedActivation = activation;
            if (activation.TryEnqueue(request, allowInline))
            {
                return;
            }

            // It is deactivating its last steps; help remove it and make a fresh one.
            _activations.TryRemove(KeyValuePair.Create(context.GrainId, activation));
        }
    }

    private GrainClassInfo Resolve(Type grainInterface, string? prefix)
    {
        if (!_byInterface.TryGetValue(grainInterface, out var candidates))
        {
            throw new InvalidOperationException(
                $"No grain class implements {grainInterface.FullName}: register it with silo.AddGrain<TGrain>().");
        }

        var matches = prefix is null
            ? candidates
            : [.. candidates.Where(c => c.GrainClass.FullName!.StartsWith(prefix, StringComparison.Ordinal))];
        return matches.Count == 1
            ? matches[0]
            : throw new InvalidOperationException(
                $"{matches.Count} grain classes implement {grainInterface.FullName}{(prefix is null ? "" : $" with prefix '{prefix}'")}: " +
                "pass grainClassNamePrefix to GetGrain to choose one.");
    }

    private long ToTimestamp(TimeSpan span) => (long)(span.TotalSeconds * TimeProvider.TimestampFrequency);
}
