namespace TravelCorridor.Hosting.Errors;

/// <summary>
/// Collects field violations of one request so the caller hears of every problem at once:
/// <c>new RequestValidator().Require(...).Check(...).ThrowIfInvalid()</c>.
/// </summary>
public sealed class RequestValidator
{
    private readonly List<FieldViolation> violations = [];

    public bool IsValid => violations.Count == 0;

    public RequestValidator Check(bool ok, string field, string description)
    {
        if (!ok)
        {
            violations.Add(new FieldViolation(field, description));
        }
        return this;
    }

    public RequestValidator Add(string field, string description) => Check(false, field, description);

    public RequestValidator Required(string? value, string field) =>
        Check(!string.IsNullOrWhiteSpace(value), field, "is required");

    public void ThrowIfInvalid()
    {
        if (!IsValid)
        {
            throw new InvalidArgumentException(violations);
        }
    }
}
