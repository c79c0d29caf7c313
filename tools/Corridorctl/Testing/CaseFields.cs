using System.Text.Json;
using TravelCorridor.CertLogic;
using TravelCorridor.Decisions.Data;
using TravelCorridor.Decisions.Judging;
using TravelCorridor.Type.V1;

namespace TravelCorridor.Corridorctl.Testing;

/// <summary>
/// What an application case says a node would know besides the application: <c>"valueSets"</c> (a rule set's,
/// <c>{ "name": ["value", …] }</c>) and <c>"corridor": { "maxStayDays": 14, "purposes": ["ESSENTIAL_BUSINESS"] }</c>
/// (the corridor's terms, which rules read as <c>external.maxStayDays</c> and <c>external.purposes</c>).
/// </summary>
internal static class CaseFields
{
    private const string PurposePrefix = "TRAVEL_PURPOSE_";

    /// <summary>The case's value sets; null when it gives none.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<string>>? ValueSets(JsonElement element, List<string> problems)
    {
        if (!JsonText.TryGetProperty(element, "valueSets", out var value))
        {
            return null;
        }
        if (value.ValueKind != JsonValueKind.Object)
        {
            problems.Add("valueSets: must be an object { \"name\": [\"value\", …] }");
            return null;
        }
        var sets = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var set in value.EnumerateObject())
        {
            var name = JsonText.GetName(set);
            if (Strings(set.Value) is not { } values)
            {
                problems.Add($"valueSets.{name}: must be an array of strings");
            }
            else if (!sets.TryAdd(name, values))
            {
                problems.Add($"valueSets.{name}: appears twice");
            }
        }
        return sets;
    }

    /// <summary>The corridor's terms; unknown (as on a node that has no corridor for the trip) when the case gives none.</summary>
    public static CorridorTerms Corridor(JsonElement element, List<string> problems)
    {
        if (!JsonText.TryGetProperty(element, "corridor", out var corridor))
        {
            return CorridorTerms.Unknown;
        }
        if (corridor.ValueKind != JsonValueKind.Object)
        {
            problems.Add("corridor: must be an object { \"maxStayDays\": 14, \"purposes\": [\"ESSENTIAL_BUSINESS\", …] }");
            return CorridorTerms.Unknown;
        }
        foreach (var property in corridor.EnumerateObject().Select(JsonText.GetName).Where(n => n is not ("maxStayDays" or "purposes")))
        {
            problems.Add($"corridor.{property}: is not a corridor term (maxStayDays, purposes)");
        }
        int? maxStayDays = null;
        if (JsonText.TryGetProperty(corridor, "maxStayDays", out var days) && days.ValueKind != JsonValueKind.Null)
        {
            if (days.ValueKind == JsonValueKind.Number && days.TryGetInt32(out var whole) && whole >= 0)
            {
                maxStayDays = whole;
            }
            else
            {
                problems.Add("corridor.maxStayDays: must be a whole number of days, 0 or more");
            }
        }
        var purposes = new List<string>();
        if (JsonText.TryGetProperty(corridor, "purposes", out var listed))
        {
            foreach (var text in Strings(listed) ?? ["(not an array of strings)"])
            {
                if (PurposeName(text) is { } name)
                {
                    purposes.Add(name);
                }
                else
                {
                    problems.Add($"corridor.purposes: '{text}' is not a travel purpose: use one of {PurposeNames.Listing}");
                }
            }
        }
        return new(maxStayDays, purposes);
    }

    /// <summary><c>ESSENTIAL_BUSINESS</c>, as rules read it; the proto name <c>TRAVEL_PURPOSE_ESSENTIAL_BUSINESS</c> is taken too.</summary>
    private static string? PurposeName(string text)
    {
        var name = text.StartsWith(PurposePrefix, StringComparison.Ordinal) ? text[PurposePrefix.Length..] : text;
        return Enum.GetValues<TravelPurpose>().Select(PurposeNames.Of).FirstOrDefault(known => known == name);
    }

    private static List<string>? Strings(JsonElement array)
    {
        if (array.ValueKind != JsonValueKind.Array || array.EnumerateArray().Any(item => item.ValueKind != JsonValueKind.String))
        {
            return null;
        }
        return [.. array.EnumerateArray().Select(JsonText.GetString)];
    }
}
