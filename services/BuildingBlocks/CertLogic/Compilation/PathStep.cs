using System.Runtime.CompilerServices;

namespace TravelCorridor.CertLogic;

/// <summary>
/// One fragment of a compiled <c>var</c> path, read the way <see cref="DataPath"/> reads it: a property of
/// an object (by interned key, so by reference), an item of an array when the fragment is digits,
/// <c>null</c> otherwise. It remembers where in an object it last found its key (an inline cache):
/// certificates of one shape keep a key at one position, so a read usually costs one comparison.
/// </summary>
/// <remarks>
/// Shared by every thread evaluating the rule. The remembered position is only a hint, re-checked
/// on every read, so a stale or racing write costs a search, never a wrong answer.
/// </remarks>
internal sealed class PathStep(string fragment)
{
    private readonly string _name = string.Intern(fragment);
    private readonly int _index = DataPath.IndexOf(fragment);
    private int _hint;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public CertLogicValue Read(in CertLogicValue value)
    {
        var reference = value.Reference;
        if (reference is CertLogicObject obj)
        {
            return obj.Find(_name, ref _hint);
        }

        return reference is CertLogicValue[] items && (uint)_index < (uint)items.Length ? items[_index] : default;
    }

    /// <summary>
    /// <see cref="Read"/> without the search: false (and nothing read) when the value is an object that does
    /// not hold the key at the remembered position. Calls nothing, so a loop that uses it alone keeps its
    /// values in registers (see <c>IlCompiler.CountedLoop</c>); a miss leaves the search to <see cref="Read"/>.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool TryReadCached(in CertLogicValue value, out CertLogicValue result)
    {
        var reference = value.Reference;
        if (reference is CertLogicObject obj)
        {
            return obj.TryFindCached(_name, _hint, out result);
        }

        result = reference is CertLogicValue[] items && (uint)_index < (uint)items.Length ? items[_index] : default;
        return true;
    }
}
