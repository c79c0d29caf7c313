using TravelCorridor.Validation;

namespace TravelCorridor.Hosting.Paging;

/// <summary>Reads the AIP-158 fields <c>page_size</c> and <c>page_token</c> of a list request.</summary>
public static class PagingChecks
{
    /// <param name="filter">
    /// Every request field that selects what is listed (not page_size, which may change between pages),
    /// with the list's name, e.g. <c>"trusted_keys member=SG include_revoked=True"</c>.
    /// </param>
    public static RequestValidator Page(this RequestValidator v, int pageSize, string pageToken, string filter, out PageRequest page)
    {
        v.Check(pageSize >= 0, "page_size", $"must not be negative; 0 asks for the default of {PageRequest.DefaultSize}");
        string? after = null;
        v.Check(pageToken.Length == 0 || PageToken.TryDecode(pageToken, filter, out after), "page_token",
            "is not a next_page_token of this list for the same filters; list again without a page_token");
        page = new PageRequest(pageSize <= 0 ? PageRequest.DefaultSize : Math.Min(pageSize, PageRequest.MaxSize), after, filter);
        return v;
    }
}
