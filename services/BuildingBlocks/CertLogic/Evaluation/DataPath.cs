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
        _names = names;
        _indices = names.Select(IndexOf).ToArray();
    }

    public static DataPath Parse(string path) => new(path.Length == 0 ? [] : path.Split('.'));

    public int Length => _names.Length;

    public string First => _names[0];

    /// <summary>The same path without its first fragment.</summary>
    public DataPath Rest() => new(_names[1..]);

    public CertLogicValue Access(in CertLogicValue data, int start = 0)
    {
        var current = data;
        for (var i = start; i < _names.Length; i++)
        {
            switch (current.Reference)
            {
                case CertLogicObject obj when obj.TryGet(_names[i], out var value):
                    current = value;
                    break;
                case CertLogicValue[] items when _indices[i] >= 0 && _indices[i] < items.Length:
                    current = items[_indices[i]];
                    break;
                default:
                    return CertLogicValue.Null;
            }
        }

        return current;
    }

    private static int IndexOf(string fragment)
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
