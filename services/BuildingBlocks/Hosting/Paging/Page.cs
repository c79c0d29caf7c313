namespace TravelCorridor.Hosting.Paging;

/// <summary>The items of one page and the token of the next; an empty token means this page is the last.</summary>
public sealed record Page<T>(IReadOnlyList<T> Items, string NextPageToken);
