using System.Runtime.CompilerServices;

namespace TravelCorridor.CertLogic;

/// <summary>
/// The storage behind an object <see cref="CertLogicValue"/>: properties in insertion order, each key next
/// to its value (one array, one bounds check, one cache line per lookup). Small objects (the common case
/// in certificates) are searched linearly, which beats hashing for a handful of short keys; larger ones
/// get an index so a lookup stays constant-time. Keys are interned (as are <c>var</c> path fragments), so
/// a linear lookup compares references, not characters.
/// </summary>
internal sealed class CertLogicObject
{
    private const int IndexThreshold = 12;

    // What a failed Find refers to: null, as a missing property reads.
    private static readonly CertLogicValue Missing;

    private readonly Property[] _properties;
    private readonly Dictionary<string, int>? _index;

    public CertLogicObject(string[] keys, CertLogicValue[] values)
    {
        _properties = new Property[keys.Length];
        for (var i = 0; i < keys.Length; i++)
        {
            _properties[i] = new(string.Intern(keys[i]), values[i]);
        }

        _index = BuildIndex(_properties);
    }

    private CertLogicObject(Property[] properties, Dictionary<string, int>? index)
    {
        _properties = properties;
        _index = index;
    }

    public static CertLogicObject Empty { get; } = new(Array.Empty<string>(), []);

    public int Count => _properties.Length;

    public string KeyAt(int i) => _properties[i].Key;

    public CertLogicValue ValueAt(int i) => _properties[i].Value;

    /// <summary>Looks up an interned key (see <see cref="string.Intern(string)"/>); any other string is never found.</summary>
    public bool TryGet(string key, out CertLogicValue value)
    {
        var at = IndexOf(key);
        value = at < 0 ? default : _properties[at].Value;
        return at >= 0;
    }

    /// <summary>
    /// <see cref="TryGet(string, out CertLogicValue)"/> that first tries the position <paramref name="hint"/>
    /// and leaves the key's position there. Data of one shape keeps a key at one position, so a call site
    /// that remembers where it last found its key (an inline cache) usually needs a single comparison.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ref readonly CertLogicValue Find(string key, ref int hint)
    {
        var properties = _properties;
        var at = hint;
        if ((uint)at < (uint)properties.Length && ReferenceEquals(properties[at].Key, key))
        {
            return ref properties[at].Value;
        }

        return ref FindAndRemember(key, ref hint);
    }

    /// <summary>The value of the interned <paramref name="key"/> if it is at position <paramref name="hint"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool TryFindCached(string key, int hint, out CertLogicValue value)
    {
        var properties = _properties;
        if ((uint)hint < (uint)properties.Length && ReferenceEquals(properties[hint].Key, key))
        {
            value = properties[hint].Value;
            return true;
        }

        value = default;
        return false;
    }

    private ref readonly CertLogicValue FindAndRemember(string key, ref int hint)
    {
        var at = IndexOf(key);
        if (at < 0)
        {
            return ref Missing;
        }

        hint = at;
        return ref _properties[at].Value;
    }

    private int IndexOf(string key)
    {
        if (_index is not null)
        {
            return _index.TryGetValue(key, out var at) ? at : -1;
        }

        var properties = _properties;
        for (var i = 0; i < properties.Length; i++)
        {
            if (ReferenceEquals(properties[i].Key, key))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>
    /// Builds an object from keys interned by <see cref="CertLogicKey.Of"/>, so nothing is interned or
    /// hashed per object; a repeated key is the caller's mistake and throws <see cref="ArgumentException"/>.
    /// </summary>
    public static CertLogicObject FromKeys(ReadOnlySpan<CertLogicKey> keys, ReadOnlySpan<CertLogicValue> values)
    {
        if (keys.Length != values.Length)
        {
            throw new ArgumentException($"{keys.Length} keys were given for {values.Length} values.", nameof(values));
        }

        var properties = new Property[keys.Length];
        for (var i = 0; i < properties.Length; i++)
        {
            var key = keys[i].Name ?? throw new ArgumentException($"Key {i} is default(CertLogicKey); make keys with CertLogicKey.Of.", nameof(keys));
            properties[i] = new(key, values[i]);
        }

        var index = BuildIndex(properties);
        if (index is null ? HasRepeatedKey(properties) : index.Count < properties.Length)
        {
            throw new ArgumentException("The keys are not distinct.", nameof(keys));
        }

        return new CertLogicObject(properties, index);
    }

    private static Dictionary<string, int>? BuildIndex(Property[] properties)
    {
        if (properties.Length <= IndexThreshold)
        {
            return null;
        }

        var index = new Dictionary<string, int>(properties.Length, StringComparer.Ordinal);
        for (var i = 0; i < properties.Length; i++)
        {
            index[properties[i].Key] = i;
        }

        return index;
    }

    // Interned keys: equal names are the same reference. At most IndexThreshold keys, so at most 66 comparisons.
    private static bool HasRepeatedKey(Property[] properties)
    {
        for (var i = 1; i < properties.Length; i++)
        {
            for (var j = 0; j < i; j++)
            {
                if (ReferenceEquals(properties[i].Key, properties[j].Key))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>Builds an object where a repeated key keeps its last value, as JSON.parse does.</summary>
    public static CertLogicObject FromPairs(List<KeyValuePair<string, CertLogicValue>> pairs)
    {
        var positions = new Dictionary<string, int>(pairs.Count, StringComparer.Ordinal);
        var keys = new List<string>(pairs.Count);
        var values = new List<CertLogicValue>(pairs.Count);
        foreach (var (key, value) in pairs)
        {
            if (positions.TryGetValue(key, out var existing))
            {
                values[existing] = value;
            }
            else
            {
                positions[key] = keys.Count;
                keys.Add(key);
                values.Add(value);
            }
        }

        return new CertLogicObject([.. keys], [.. values]);
    }

    private readonly struct Property(string key, CertLogicValue value)
    {
        public readonly string Key = key;
        public readonly CertLogicValue Value = value;
    }
}
