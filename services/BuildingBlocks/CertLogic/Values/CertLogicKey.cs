namespace TravelCorridor.CertLogic;

/// <summary>
/// A property name made ready once for building objects on a hot path: object keys are interned (so a
/// <c>var</c> lookup compares references), and interning costs a global table lookup per call. Keep keys
/// in static fields and build objects with <see cref="CertLogicValue.FromObject(ReadOnlySpan{CertLogicKey}, ReadOnlySpan{CertLogicValue})"/>.
/// </summary>
public readonly struct CertLogicKey
{
    private CertLogicKey(string name) => Name = name;

    /// <summary>The interned name; null only for <c>default(CertLogicKey)</c>, which no object accepts.</summary>
    internal string? Name { get; }

    public static CertLogicKey Of(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return new(string.Intern(name));
    }

    public override string ToString() => Name ?? "";
}
