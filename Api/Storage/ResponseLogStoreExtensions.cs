using System.Runtime.CompilerServices;

namespace Sipas.Api.Storage;

/// <summary>Streaming reads over a store's pages.</summary>
public static class ResponseLogStoreExtensions
{
    private const int PageSize = 5_000;

    /// <summary>Every committed entry after a position, in position order, read a page at a time.</summary>
    public static async IAsyncEnumerable<LogEntry> ReadAfterAsync(
        this IResponseLogStore store, long afterPosition, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        var position = afterPosition;
        while (true)
        {
            var page = await store.ReadPageAsync(position, PageSize, cancellationToken);
            foreach (var entry in page)
            {
                yield return entry;
            }

            if (page.Count < PageSize)
            {
                yield break;
            }

            position = page[^1].Position;
        }
    }
}
