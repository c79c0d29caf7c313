namespace TravelCorridor.CertLogic;

/// <summary>
/// A <c>var</c> path split once into fragments. A fragment of digits indexes arrays; any fragment names an
/// object property. Anything else (or a missing step) reads as <c>null</c>.
/// </summary>
internal sealed class DataPath
{
    private readonly string[] _names;
    private readonly int[] _indices;

    private DataPath(string[] names)
    {
        // Interned like object keys, so lookups compare references (see CertLogicObject).
        _names = names.Select(string.Intern).ToArray();
        _indices = names.Select(IndexOf).ToArray();
    }

    public static DataPath Parse(string path) => new(path.Length == 0 ? [] : path.Split('.'));

    public int Length => _names.Length;

    public string First => _names[0];

    /// <summary>The same path without its first fragment.</summary>
    public DataPath Rest() => new(_names[1..]);

    public CertLogicValue Access(in CertLogicValue data)
    {
        var current = data;
        for (var i = 0; i < _names.Length; i++)
        {
            var reference = current.Reference;
            if (reference is CertLogicObject obj)
            {
                if (!obj.TryGet(_names[i], out current))
                {
                    return CertLogicValue.Null;
                }
            }
            else if (reference is CertLogicValue[] items && (uint)_indices[i] < (uint)items.Length)
            {
                current = items[_indices[i]];
            }
            else
            {
                return CertLogicValue.Null;
            }
        }

        return current;
    }

    internal static int IndexOf(string fragment)
    {
        if (fragment.Length == 0 || fragment.Length > 9)
        {
            return -1;
        }

        foreach (var c in fragment)
        {
            if (!char.IsAsciiDigit(c))
            {
                return -1;
            }
        }

        return int.Parse(fragment, System.Globalization.CultureInfo.InvariantCulture);
    }
}
