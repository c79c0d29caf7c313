namespace TravelCorridor.CertLogic;

/// <summary>
/// A CertLogic value: the data a rule reads and the result it produces.
/// </summary>
/// <remarks>
/// A small immutable struct (a kind, a number slot and one reference) so that evaluating a rule over
/// data that was converted once (<see cref="FromJson(System.Text.Json.JsonElement)"/>) allocates nothing
/// for scalar results: booleans, integers and date-times live in the number slot.
/// Numbers are IEEE doubles, like JavaScript's, so integer arithmetic behaves as in the reference
/// implementation. Date-times are milliseconds since the Unix epoch (UTC).
/// </remarks>
public readonly partial struct CertLogicValue
{
    private readonly object? _reference;
    private readonly double _number;

    private CertLogicValue(CertLogicValueKind kind, double number, object? reference)
    {
        Kind = kind;
        _number = number;
        _reference = reference;
    }

    /// <summary>The kind of this value; <c>default(CertLogicValue)</c> is <see cref="CertLogicValueKind.Null"/>.</summary>
    public CertLogicValueKind Kind { get; }

    /// <summary>JSON <c>null</c>.</summary>
    public static CertLogicValue Null => default;

    // Booleans are built where needed rather than read from static fields: the JIT then sees the null
    // reference and stores no write barrier when a boolean result is returned.

    /// <summary>JSON <c>true</c>.</summary>
    public static CertLogicValue True => new(CertLogicValueKind.Boolean, 1, null);

    /// <summary>JSON <c>false</c>.</summary>
    public static CertLogicValue False => new(CertLogicValueKind.Boolean, 0, null);

    /// <summary>An empty array.</summary>
    public static CertLogicValue EmptyArray { get; } = new(CertLogicValueKind.Array, 0, Array.Empty<CertLogicValue>());

    /// <summary>A boolean value.</summary>
    public static CertLogicValue FromBoolean(bool value) => new(CertLogicValueKind.Boolean, value ? 1 : 0, null);

    /// <summary>A number; NaN is not a JSON value and is rejected.</summary>
    public static CertLogicValue FromNumber(double value) =>
        double.IsNaN(value)
            ? throw new ArgumentOutOfRangeException(nameof(value), "NaN is not a JSON number.")
            : new(CertLogicValueKind.Number, value, null);

    /// <summary>A string value.</summary>
    /// <remarks>
    /// A string that is an allowed date or date-time is parsed here, once, and the instant kept in the
    /// otherwise unused number slot, so <c>plusTime</c> over converted data does not parse per evaluation.
    /// </remarks>
    public static CertLogicValue FromString(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var parsed = value.Length >= 4 && char.IsAsciiDigit(value[0]) && DateTimeText.TryParse(value, out var milliseconds) == DateTimeText.Outcome.Ok
            ? milliseconds
            : double.NaN;
        return new(CertLogicValueKind.String, parsed, value);
    }

    /// <summary>An array of the given items (copied).</summary>
    public static CertLogicValue FromArray(IEnumerable<CertLogicValue> items) => FromArrayUnsafe([.. items]);

    /// <summary>An object with the given properties; a repeated key keeps its last value.</summary>
    public static CertLogicValue FromObject(IEnumerable<KeyValuePair<string, CertLogicValue>> properties) =>
        new(CertLogicValueKind.Object, 0, CertLogicObject.FromPairs([.. properties]));

    /// <summary>
    /// An object with the given keys and values, in that order, built without interning or hashing keys
    /// for small objects: the way to build data per request (see <see cref="CertLogicKey"/>). Throws
    /// <see cref="ArgumentException"/> when the spans differ in length, a key repeats or is default.
    /// </summary>
    public static CertLogicValue FromObject(ReadOnlySpan<CertLogicKey> keys, ReadOnlySpan<CertLogicValue> values) =>
        new(CertLogicValueKind.Object, 0, CertLogicObject.FromKeys(keys, values));

    /// <summary>A date-time value (as <c>plusTime</c> would produce), kept to the millisecond.</summary>
    public static CertLogicValue FromDateTime(DateTimeOffset value) =>
        FromEpochMilliseconds(value.ToUnixTimeMilliseconds());

    /// <summary>Whether this is <c>null</c>.</summary>
    public bool IsNull => Kind == CertLogicValueKind.Null;

    /// <summary>Whether this is a number with an integral value (what CertLogic calls an integer).</summary>
    public bool IsInteger => Kind == CertLogicValueKind.Number && double.IsInteger(_number);

    /// <summary>Number of items of an array or properties of an object; 0 for other kinds.</summary>
    public int Count => _reference switch
    {
        CertLogicValue[] items => items.Length,
        CertLogicObject obj => obj.Count,
        _ => 0,
    };

    /// <summary>The boolean; throws <see cref="InvalidOperationException"/> for other kinds.</summary>
    public bool AsBoolean() => Kind == CertLogicValueKind.Boolean ? _number != 0 : throw WrongKind(CertLogicValueKind.Boolean);

    /// <summary>The number; throws <see cref="InvalidOperationException"/> for other kinds.</summary>
    public double AsNumber() => Kind == CertLogicValueKind.Number ? _number : throw WrongKind(CertLogicValueKind.Number);

    /// <summary>The string; throws <see cref="InvalidOperationException"/> for other kinds.</summary>
    public string AsString() => _reference as string ?? throw WrongKind(CertLogicValueKind.String);

    /// <summary>The date-time in UTC; throws <see cref="InvalidOperationException"/> for other kinds.</summary>
    public DateTimeOffset AsDateTime() =>
        Kind == CertLogicValueKind.DateTime
            ? DateTimeOffset.FromUnixTimeMilliseconds(EpochMilliseconds)
            : throw WrongKind(CertLogicValueKind.DateTime);

    /// <summary>An item of an array; throws <see cref="InvalidOperationException"/> for other kinds.</summary>
    public CertLogicValue this[int index] => (_reference as CertLogicValue[] ?? throw WrongKind(CertLogicValueKind.Array))[index];

    /// <summary>Reads a property of an object; false when this is not an object or has no such key.</summary>
    public bool TryGetProperty(string name, out CertLogicValue value)
    {
        // Keys are interned, so a name that is not interned cannot be one of them.
        if (_reference is CertLogicObject obj && string.IsInterned(name) is { } interned)
        {
            return obj.TryGet(interned, out value);
        }

        value = default;
        return false;
    }

    /// <summary>The properties of an object in their order; empty for other kinds.</summary>
    public IEnumerable<KeyValuePair<string, CertLogicValue>> Properties
    {
        get
        {
            if (_reference is not CertLogicObject obj)
            {
                yield break;
            }

            for (var i = 0; i < obj.Count; i++)
            {
                yield return new(obj.KeyAt(i), obj.ValueAt(i));
            }
        }
    }

    /// <summary>The items of an array; empty for other kinds.</summary>
    public ReadOnlySpan<CertLogicValue> Items => _reference as CertLogicValue[] ?? [];

    internal long EpochMilliseconds => (long)_number;

    /// <summary>For a string: the instant it denotes as a <c>plusTime</c> date, when it was parsed on creation.</summary>
    internal bool TryGetParsedDate(out long epochMilliseconds)
    {
        epochMilliseconds = (long)_number;
        return Kind == CertLogicValueKind.String && !double.IsNaN(_number);
    }

    internal double RawNumber => _number;

    internal string? StringOrNull => _reference as string;

    internal CertLogicValue[]? ArrayOrNull => _reference as CertLogicValue[];

    internal CertLogicObject? ObjectOrNull => _reference as CertLogicObject;

    internal object? Reference => _reference;

    /// <summary>A number known not to be NaN (the sum of two integers), without <see cref="FromNumber"/>'s check.</summary>
    internal static CertLogicValue FromNumberUnchecked(double value) => new(CertLogicValueKind.Number, value, null);

    /// <summary>Rebuilds a value from its parts (compiled code re-creates literals this way instead of unboxing them).</summary>
    internal static CertLogicValue FromParts(CertLogicValueKind kind, double number, object? reference) => new(kind, number, reference);

    internal static CertLogicValue FromEpochMilliseconds(long milliseconds) =>
        new(CertLogicValueKind.DateTime, milliseconds, null);

    /// <summary>
    /// Wraps an array without copying; the caller gives up ownership. Every call makes a distinct array
    /// value, even when empty, because <c>===</c> compares arrays by identity as JavaScript does.
    /// </summary>
    internal static CertLogicValue FromArrayUnsafe(CertLogicValue[] items) => new(CertLogicValueKind.Array, 0, items);

    internal static CertLogicValue FromObjectUnsafe(CertLogicObject obj) => new(CertLogicValueKind.Object, 0, obj);

    private InvalidOperationException WrongKind(CertLogicValueKind expected) =>
        new($"The value is {Kind}, not {expected}.");
}
