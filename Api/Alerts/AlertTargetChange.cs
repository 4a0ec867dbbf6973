using Sipas.Grains.Alerts;

namespace Sipas.Api.Alerts;

/// <summary>One audited change of a unit's target: <c>set</c> (with the target as set) or <c>clear</c> (inherit again).</summary>
public sealed record AlertTargetChange(string Unit, string Action, AlertTarget? Target, string Actor, DateTimeOffset At);
