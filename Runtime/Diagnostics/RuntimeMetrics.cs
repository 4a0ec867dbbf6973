using System.Diagnostics;
using System.Diagnostics.Metrics;
using Sipas.Runtime.Core;

namespace Sipas.Runtime.Diagnostics;

/// <summary>The runtime's instruments. Per-call work is skipped unless a listener is subscribed.</summary>
internal sealed class RuntimeMetrics : IDisposable
{
    private readonly Meter _meter;
    private readonly Counter<long> _created;
    private readonly Counter<long> _deactivations;
    private readonly Counter<long> _timeouts;
    private readonly Histogram<double> _turnDuration;
    private readonly Histogram<double> _storageDuration;

    public RuntimeMetrics(IMeterFactory? meterFactory)
    {
        _meter = meterFactory?.Create(RuntimeDiagnostics.MeterName) ?? new Meter(RuntimeDiagnostics.MeterName);
        _created = _meter.CreateCounter<long>("runtime.grain.activations.created", "{activation}", "Activations created.");
        _deactivations = _meter.CreateCounter<long>("runtime.grain.deactivations", "{activation}", "Activations deactivated, by reason.");
        _timeouts = _meter.CreateCounter<long>("runtime.grain.call.timeouts", "{call}", "Calls whose response did not arrive in time.");
        _turnDuration = _meter.CreateHistogram<double>("runtime.grain.turn.duration", "ms", "Time a grain ran without yielding.");
        _storageDuration = _meter.CreateHistogram<double>("runtime.storage.duration", "ms", "Grain storage operation latency.");
    }

    public void Observe(GrainRuntime runtime)
    {
        _meter.CreateObservableUpDownCounter("runtime.grain.activations", () => (long)runtime.ActivationCount, "{activation}", "Live activations.");
        _meter.CreateObservableCounter("runtime.grain.calls", () => runtime.TotalCalls, "{call}", "Finished calls and timer ticks.");
        _meter.CreateObservableGauge("runtime.grain.queue_length", () => runtime.TotalQueueLength, "{call}", "Calls waiting for admission.");
    }

    public void Activated() => _created.Add(1);

    public void Deactivated(DeactivationReasonCode reason) => _deactivations.Add(1, new KeyValuePair<string, object?>("reason", reason.ToString()));

    public void TimedOut() => _timeouts.Add(1);

    public long TurnStart() => _turnDuration.Enabled ? Stopwatch.GetTimestamp() : 0;

    public void TurnEnd(long started)
    {
        if (started != 0)
        {
            _turnDuration.Record(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }
    }

    public long StorageStart() => _storageDuration.Enabled ? Stopwatch.GetTimestamp() : 0;

    public void StorageEnd(long started, string storage, string operation)
    {
        if (started != 0)
        {
            _storageDuration.Record(
                Stopwatch.GetElapsedTime(started).TotalMilliseconds,
                new KeyValuePair<string, object?>("storage", storage),
                new KeyValuePair<string, object?>("operation", operation));
        }
    }

    public void Dispose() => _meter.Dispose();
}
