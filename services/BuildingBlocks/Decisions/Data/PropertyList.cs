using System.Runtime.CompilerServices;
using Google.Protobuf.WellKnownTypes;
using TravelCorridor.CertLogic;
using TravelCorridor.Decisions.Validation;

namespace TravelCorridor.Decisions.Data;

/// <summary>
/// The properties of one CertLogic object being built, in the order they are added, held on the stack:
/// the object itself is then the only allocation (<see cref="CertLogicValue.FromObject(ReadOnlySpan{CertLogicKey}, ReadOnlySpan{CertLogicValue})"/>).
/// </summary>
internal ref struct PropertyList
{
    /// <summary>The most properties of any object in the data (<c>trip</c>).</summary>
    public const int MaxProperties = 9;

    private Keys keys;
    private Values values;
    private int count;

    public void Add(CertLogicKey key, CertLogicValue value)
    {
        keys[count] = key;
        values[count] = value;
        count++;
    }

    public void Add(CertLogicKey key, double value) => Add(key, CertLogicValue.FromNumber(value));

    public void Add(CertLogicKey key, bool value) => Add(key, CertLogicValue.FromBoolean(value));

    /// <summary>An empty proto string is "not given": the key is left out, so <c>var</c> reads null.</summary>
    public void AddText(CertLogicKey key, string value)
    {
        if (value.Length > 0)
        {
            Add(key, CertLogicValue.FromString(value));
        }
    }

    /// <summary>An enum's name, or null for UNSPECIFIED (the key stays, so the object's shape does not vary).</summary>
    public void AddName(CertLogicKey key, string? name) => Add(key, name is null ? CertLogicValue.Null : CertLogicValue.FromString(name));

    /// <summary>An unset timestamp is left out, as an empty string is.</summary>
    public void AddInstant(CertLogicKey key, Timestamp? value)
    {
        if (value is not null)
        {
            Add(key, CertLogicValue.FromString(InstantText.Format(value)));
        }
    }

    public readonly CertLogicValue ToValue() => CertLogicValue.FromObject(keys[..count], values[..count]);

    [InlineArray(MaxProperties)]
    private struct Keys
    {
        private CertLogicKey first;
    }

    [InlineArray(MaxProperties)]
    private struct Values
    {
        private CertLogicValue first;
    }
}
