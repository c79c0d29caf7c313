using TravelCorridor.CertLogic;
using TravelCorridor.Decisions.Validation;

namespace TravelCorridor.Decisions.Data;

/// <summary>
/// A rule set's value sets as rules read them, <c>external.valueSets</c>: <c>{ "name": ["value", …] }</c>,
/// names in ordinal order. Convert once when a rule set is loaded and pass the result to every decision
/// (<see cref="ExternalFacts.ValueSets"/>): a rule set may hold 50 sets of 1,000 values.
/// </summary>
public static class ValueSetData
{
    /// <summary>No value sets: an empty object, so <c>external.valueSets.x</c> reads null.</summary>
    public static CertLogicValue Empty { get; } = CertLogicValue.FromObject([]);

    public static CertLogicValue From(IReadOnlyDictionary<string, IReadOnlyList<string>> valueSets)
    {
        ArgumentNullException.ThrowIfNull(valueSets);
        var sets = new KeyValuePair<string, CertLogicValue>[valueSets.Count];
        var i = 0;
        foreach (var (name, values) in valueSets.OrderBy(set => set.Key, StringComparer.Ordinal))
        {
            sets[i++] = new(name, Strings(values));
        }
        return CertLogicValue.FromObject(sets);
    }

    internal static CertLogicValue Strings(IReadOnlyList<string> values)
    {
        if (values.Count == 0)
        {
            return CertLogicValue.EmptyArray;
        }
        var items = new CertLogicValue[values.Count];
        for (var i = 0; i < items.Length; i++)
        {
            items[i] = CertLogicValue.FromString(values[i]);
        }
        return CertLogicValue.FromArray(items);
    }
}
