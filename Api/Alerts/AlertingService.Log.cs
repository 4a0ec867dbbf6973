using Microsoft.Extensions.Logging;
using Sipas.Grains.Alerts;

namespace Sipas.Api.Alerts;

/// <summary>Log messages.</summary>
public sealed partial class AlertingService
{
    [LoggerMessage(EventId = 7001, Level = LogLevel.Information, Message = "Alerting loaded: {Targets} targets, {Statuses} alert states, {Silences} silences, last transition {Sequence}")]
    private partial void LogLoaded(int targets, int statuses, int silences, long sequence);

    [LoggerMessage(EventId = 7002, Level = LogLevel.Information, Message = "Alert {Unit}:{Rule} {From} -> {To} (value {Value}, n {N}, transition {Sequence})")]
    private partial void LogTransition(string unit, string rule, AlertState from, AlertState to, double? value, long n, long sequence);

    [LoggerMessage(EventId = 7003, Level = LogLevel.Warning, Message = "Evaluating {Count} units failed; they are evaluated again on the next pass")]
    private partial void LogEvaluationFailed(Exception exception, int count);

    [LoggerMessage(EventId = 7004, Level = LogLevel.Debug, Message = "Evaluated {Units} units in {Milliseconds:F1} ms")]
    private partial void LogPass(int units, double milliseconds);
}
