using Google.Protobuf;

namespace TravelCorridor.Hosting.Paging;

/// <summary>
/// One page of a list RPC (AIP-158): at most <see cref="Size"/> items after the key <see cref="After"/>.
/// A page starts after the last key of the one before, not at an offset, so items added or removed in
/// between neither repeat nor go missing on later pages. Read one with
/// <see cref="PagingChecks.Page"/>; a list held in memory is paged with <see cref="Take"/>, a database
/// query can use <see cref="After"/> and <see cref="Size"/> itself (ask for one more to know whether
/// another page follows) and then hand the rows to <see cref="Take"/>.
/// </summary>
/// <param name="Filter">What the request lists besides the page, bound into every token of this list.</param>
public sealed record PageRequest(int Size, string? After, string Filter)
{
    public const int DefaultSize = 50;

    /// <summary>Larger page sizes are read as this one, as AIP-158 asks, rather than refused.</summary>
    public const int MaxSize = 200;

    /// <summary>
    /// A page also ends before its items exceed 1 MiB, a quarter of what a default gRPC client accepts,
    /// so no stored row can make a list unreadable; a single larger item still gets a page of its own.
    /// </summary>
    public const int MaxBytes = 1024 * 1024;

    /// <summary>
    /// The page of <paramref name="ordered"/>, which must be sorted by <paramref name="key"/> (ordinal) with
    /// unique keys, mapped to its API messages. Only the items of the page are mapped.
    /// </summary>
    public Page<TMessage> Take<TItem, TMessage>(IEnumerable<TItem> ordered, Func<TItem, string> key, Func<TItem, TMessage> map)
        where TMessage : IMessage
    {
        var page = new List<TMessage>();
        var bytes = 0;
        var last = "";
        foreach (var item in ordered)
        {
            var itemKey = key(item);
            if (After is not null && string.CompareOrdinal(itemKey, After) <= 0)
            {
                continue;
            }
            if (page.Count == Size)
            {
                return new Page<TMessage>(page, PageToken.Encode(Filter, last));
            }
            var message = map(item);
            var size = message.CalculateSize();
            if (page.Count > 0 && bytes + size > MaxBytes)
            {
                return new Page<TMessage>(page, PageToken.Encode(Filter, last));
            }
            page.Add(message);
            bytes += size;
            last = itemKey;
        }
        return new Page<TMessage>(page, "");
    }
}
