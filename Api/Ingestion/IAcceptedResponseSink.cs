namespace Sipas.Api.Ingestion;

/// <summary>
/// Where committed responses go next (the unit grains). Called after the commit, so a failure here loses nothing:
/// recovery replays the log.
/// </summary>
public interface IAcceptedResponseSink
{
    ValueTask PublishAsync(IReadOnlyList<LoggedResponse> responses, CancellationToken cancellationToken);
}
