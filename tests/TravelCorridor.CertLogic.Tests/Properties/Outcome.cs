namespace TravelCorridor.CertLogic.Tests.Properties;

/// <summary>
/// What an evaluation came to: a value, or one of the engine's exceptions. Anything else propagates, and so
/// does <see cref="CertLogicInternalException"/>: the guard that makes a bug look like an engine exception
/// must not hide the bug from the properties.
/// </summary>
internal sealed record Outcome(CertLogicValue? Value, string? Error)
{
    public static Outcome Of(Func<CertLogicValue> evaluate)
    {
        try
        {
            return new(evaluate(), null);
        }
        catch (CertLogicException e) when (e is not CertLogicInternalException)
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
