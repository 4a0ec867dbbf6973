namespace Sipas.GraphQL.Execution;

/// <summary>What the executor needs of a loader: whether keys wait, and a way to send them.</summary>
public interface IDataLoaderDispatch
{
    /// <summary>Whether keys are queued.</summary>
    bool HasQueued { get; }

    /// <summary>Sends the queued keys to the batch function.</summary>
    /// <param name="cancellationToken">The request's token.</param>
    void Dispatch(CancellationToken cancellationToken);
}
