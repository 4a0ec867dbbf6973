namespace Sipas.Grains.Live;

/// <summary>The persisted checkpoint: the log position every unit's stored counts include.</summary>
public sealed class CheckpointState
{
    public long Position { get; set; }
}
