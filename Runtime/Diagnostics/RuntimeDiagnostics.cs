namespace Sipas.Runtime.Diagnostics;

/// <summary>
/// Names for observing the runtime. Metrics (System.Diagnostics.Metrics, meter <see cref="MeterName"/>):
/// <c>runtime.grain.activations</c> (current count), <c>runtime.grain.activations.created</c>,
/// <c>runtime.grain.deactivations</c> (tag <c>reason</c>), <c>runtime.grain.calls</c> (finished calls and timer ticks),
/// <c>runtime.grain.queue_length</c> (calls waiting for admission), <c>runtime.grain.turn.duration</c> (ms),
/// <c>runtime.grain.call.timeouts</c>, <c>runtime.storage.duration</c> (ms; tags <c>storage</c>, <c>operation</c>).
/// </summary>
public static class RuntimeDiagnostics
{
    /// <summary>The meter's name: pass it to OpenTelemetry's <c>AddMeter</c>.</summary>
    public const string MeterName = "Sipas.Runtime";
}
