namespace TravelCorridor.CertLogic;

/// <summary>
/// The storage behind an object <see cref="CertLogicValue"/>: keys and values in insertion order.
/// Small objects (the common case in certificates) are searched linearly, which beats hashing for a
/// handful of short keys; larger ones get an index so a lookup stays constant-time. Keys are interned
/// (as are <c>var</c> path fragments), so a linear lookup compares references, not characters.
/// </summary>
internal sealed class CertLogicObject
{
    private const int IndexThreshold = 8;

    private readonly string[] _keys;
    private readonly CertLogicValue[] _values;
    private readonly Dictionary<string, int>? _index;

    public CertLogicObject(string[] keys, CertLogicValue[] values)
    {
        for (var i = 0; i < keys.Length; i++)
        {
            keys[i] = string.Intern(keys[i]);
        }

        _keys = keys;
        _values = values;
        if (keys.Length > IndexThreshold)
        {
            _index = new Dictionary<string, int>(keys.Length, StringComparer.Ordinal);
            for (var i = 0; i < keys.Length; i++)
            {
                _index[keys[i]] = i;
            }
        }
    }

    public static CertLogicObject Empty { get; } = new([], []);

    public int Count => _keys.Length;

    public string KeyAt(int i) => _keys[i];

    public CertLogicValue ValueAt(int i) => _values[i];

    /// <summary>Looks up an interned key (see <see cref="string.Intern(string)"/>); any other string is never found.</summary>
    public bool TryGet(string key, out CertLogicValue value)
    {
        if (_index is not null)
        {
            if (_index.TryGetValue(key, out var at))
            {
                value = _values[at];
                return true;
            }
        }
        else
        {
            var keys = _keys;
            for (var i = 0; i < keys.Length; i++)
            {
                if (ReferenceEquals(keys[i], key))
                {
                    value = _values[i];
                    return true;
                }
            }
        }

        value = default;
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
}
