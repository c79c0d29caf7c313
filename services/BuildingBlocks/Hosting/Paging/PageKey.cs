namespace TravelCorridor.Hosting.Paging;

/// <summary>
/// The paging key of an item named by several fields (member and key id). Joined with U+0000, which
/// sorts before every other character, the text sorts exactly as the fields do one after another.
/// </summary>
public static class PageKey
{
    public static string Of(params ReadOnlySpan<string> parts) => string.Join('\0', parts);
}
