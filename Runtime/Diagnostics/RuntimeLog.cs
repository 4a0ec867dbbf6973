using Microsoft.Extensions.Logging;

namespace Sipas.Runtime.Diagnostics;

/// <summary>The runtime's log messages.</summary>
internal static partial class RuntimeLog
{
    [LoggerMessage(EventId = 1, Level = LogLevel.Error, Message = "A work item of grain {Grain} threw")]
    public static partial void WorkItemFailed(this ILogger logger, GrainId grain, Exception exception);

    [LoggerMessage(EventId = 2, Level = LogLevel.Error, Message = "Activation of grain {Grain} failed")]
    public static partial void ActivationFailed(this ILogger logger, GrainId grain, Exception exception);

    [LoggerMessage(EventId = 3, Level = LogLevel.Warning, Message = "OnDeactivateAsync of grain {Grain} threw")]
    public static partial void DeactivationFailed(this ILogger logger, GrainId grain, Exception exception);

    [LoggerMessage(EventId = 4, Level = LogLevel.Warning, Message = "State {StateName} of grain {Grain} met a stale ETag; the activation is deactivated")]
    public static partial void InconsistentState(this ILogger logger, GrainId grain, string stateName, Exception exception);

    [LoggerMessage(EventId = 5, Level = LogLevel.Warning, Message = "One-way call {Method} to grain {Grain} failed")]
    public static partial void OneWayFailed(this ILogger logger, string method, GrainId? grain, Exception exception);

    [LoggerMessage(EventId = 6, Level = LogLevel.Warning, Message = "{Message}")]
    public static partial void CallTimedOut(this ILogger logger, string message);

    [LoggerMessage(EventId = 7, Level = LogLevel.Debug, Message = "Grain {Grain} activated")]
    public static partial void Activated(this ILogger logger, GrainId grain);

    [LoggerMessage(EventId = 8, Level = LogLevel.Debug, Message = "Grain {Grain} deactivated: {Reason}")]
    public static partial void Deactivated(this ILogger logger, GrainId grain, DeactivationReasonCode reason);

    [LoggerMessage(EventId = 9, Level = LogLevel.Information, Message = "Grain storage schema {Version} applied ({Dialect})")]
    public static partial void SchemaApplied(this ILogger logger, int version, string dialect);

    [LoggerMessage(EventId = 10, Level = LogLevel.Information, Message = "Silo stopping: deactivating {Count} activations")]
    public static partial void Stopping(this ILogger logger, int count);

    [LoggerMessage(EventId = 11, Level = LogLevel.Warning, Message = "Silo stopped with {Count} activations still live")]
    public static partial void StoppedWithActivations(this ILogger logger, int count);
}
