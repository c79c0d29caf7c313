namespace TravelCorridor.CertLogic.Tests.Properties;

/// <summary>What an evaluation came to: a value, or one of the engine's exceptions (anything else propagates).</summary>
internal sealed record Outcome(CertLogicValue? Value, string? Error)
{
    public static Outcome Of(Func<CertLogicValue> evaluate)
    {
        try
        {
            return new(evaluate(), null);
        }
        catch (CertLogicException e)
        {
            return new(null, $"{e.GetType().Name}: {e.Message}");
        }
    }

    public bool SameAs(Outcome other) =>
        Value is { } value
            ? other.Value is { } otherValue && CertLogicValue.DeepEquals(value, otherValue)
            : other.Value is null && Error == other.Error;

    public override string ToString() => Value is { } value ? value.ToJsonString() : Error!;
}
