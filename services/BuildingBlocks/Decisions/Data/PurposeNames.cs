using TravelCorridor.Type.V1;

namespace TravelCorridor.Decisions.Data;

/// <summary>
/// Travel purposes by the names rules, rule envelopes and corridor terms use (<c>ESSENTIAL_BUSINESS</c>):
/// the one mapping behind <c>payload.trip.purpose</c> and <c>external.purpose</c>, so the two never differ.
/// </summary>
public static class PurposeNames
{
    internal static readonly ProtoEnumNames Names = ProtoEnumNames.In(TravelPurposeReflection.Descriptor, nameof(TravelPurpose));

    /// <summary><c>TRAVEL_PURPOSE_ESSENTIAL_BUSINESS</c> → <c>"ESSENTIAL_BUSINESS"</c>; null for UNSPECIFIED or an undefined number.</summary>
    public static string? Of(TravelPurpose purpose) => Names.Of((int)purpose);

    /// <summary><c>"ESSENTIAL_BUSINESS"</c> → <c>TRAVEL_PURPOSE_ESSENTIAL_BUSINESS</c>; UNSPECIFIED for a name not defined.</summary>
    public static TravelPurpose Parse(string name) => (TravelPurpose)Names.NumberOf(name);

    /// <summary>Every defined name in number order, for messages: <c>ESSENTIAL_BUSINESS, OFFICIAL, …</c>.</summary>
    public static string Listing => Names.Listing;
}
