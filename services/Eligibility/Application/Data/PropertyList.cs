using Google.Protobuf.WellKnownTypes;
using TravelCorridor.CertLogic;

namespace TravelCorridor.Eligibility.Application.Data;

/// <summary>
/// The properties of one CertLogic object being built, in the order they are added, sized up front.
/// Keys must be string literals (the engine interns keys; literals already are).
/// </summary>
internal struct PropertyList(int capacity)
{
    private readonly KeyValuePair<string, CertLogicValue>[] properties = new KeyValuePair<string, CertLogicValue>[capacity];
    private int count;

    public void Add(string key, CertLogicValue value) => properties[count++] = new(key, value);

    public void Add(string key, double value) => Add(key, CertLogicValue.FromNumber(value));

    public void Add(string key, bool value) => Add(key, CertLogicValue.FromBoolean(value));

    /// <summary>An empty proto string is "not given": the key is left out, so <c>var</c> reads null.</summary>
    public void AddText(string key, string value)
    {
        if (value.Length > 0)
        {
            Add(key, CertLogicValue.FromString(value));
        }
    }

    /// <summary>An enum's name, or null for UNSPECIFIED (the key stays, so the object's shape does not vary).</summary>
    public void AddName(string key, string? name) => Add(key, name is null ? CertLogicValue.Null : CertLogicValue.FromString(name));

    /// <summary>An unset timestamp is left out, as an empty string is.</summary>
    public void AddInstant(string key, Timestamp? value)
    {
        if (value is not null)
        {
            Add(key, CertLogicValue.FromString(InstantText.Format(value)));
        }
    }

    public readonly CertLogicValue ToValue() =>
        CertLogicValue.FromObject(new ArraySegment<KeyValuePair<string, CertLogicValue>>(properties, 0, count));
}
