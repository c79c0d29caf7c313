using Google.Protobuf;

namespace TravelCorridor.Corridorctl.Remote;

/// <summary>
/// How every list command prints a paged list (AIP-158): in a table, the header, then a row per item as each page
/// arrives; with <c>--output json</c>, one JSON array of every item once the last page has come (<see cref="ProtoJson"/>).
/// </summary>
internal static class PagedList
{
    /// <summary>One page: its items and the token of the next one (empty at the end).</summary>
    public delegate Task<(IEnumerable<TItem> Items, string NextPageToken)> PageReader<TItem>(string pageToken);

    /// <param name="allPages">False to stop after the first page (the caller says that more follow).</param>
    /// <returns>How many items were printed, and whether pages were left unread.</returns>
    public static async Task<(int Count, bool More)> PrintAsync<TItem>(TextWriter output, bool json, string header, Func<TItem, string> row,
        PageReader<TItem> read, bool allPages = true) where TItem : IMessage
    {
        var items = json ? new List<IMessage>() : null;
        if (!json)
        {
            output.WriteLine(header);
        }
        var count = 0;
        var token = "";
        do
        {
            var (page, next) = await read(token);
            foreach (var item in page)
            {
                count++;
                if (items is not null)
                {
                    items.Add(item);
                }
                else
                {
                    output.WriteLine(row(item));
                }
            }
            token = next;
        }
        while (allPages && token.Length > 0);
        if (items is not null)
        {
            ProtoJson.WriteList(output, items);
        }
        return (count, token.Length > 0);
    }
}
