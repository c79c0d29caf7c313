using Google.Protobuf.WellKnownTypes;
using TravelCorridor.Kernel.Errors;

namespace TravelCorridor.Validation;

/// <summary>
/// Collects field violations of one request so the caller hears of every problem at once:
/// <c>new RequestValidator().Required(...).Check(...).ThrowIfInvalid()</c>. A field's size is checked
/// before anything else about it, so no pattern, parser or echo ever sees an oversized value.
/// </summary>
public sealed class RequestValidator
{
    /// <summary>Violations listed in full; a last entry counts the others, so one request cannot make a huge error.</summary>
    public const int MaxListed = 20;

    private const int MaxNanos = 999_999_999;
    private const long MinSeconds = -62_135_596_800; // 0001-01-01T00:00:00Z
    private const long MaxSeconds = 253_402_300_799; // 9999-12-31T23:59:59Z

    private readonly List<FieldViolation> violations = [];
    private int unlisted;

    public bool IsValid => violations.Count == 0;

    public RequestValidator Check(bool ok, string field, string description)
    {
        if (ok)
        {
            return this;
        }
        if (violations.Count < MaxListed)
        {
            violations.Add(new FieldViolation(field, description));
        }
        else
        {
            unlisted++;
        }
        return this;
    }

    public RequestValidator Add(string field, string description) => Check(false, field, description);

    public RequestValidator Required(string? value, string field) =>
        Check(!string.IsNullOrWhiteSpace(value), field, "is required");

    /// <summary>Adds a violation and returns false when <paramref name="value"/> is longer than <paramref name="maxLength"/> characters.</summary>
    public bool WithinLength(string value, string field, int maxLength)
    {
        // The message is built only when needed: this runs for most text fields of every request.
        if (value.Length <= maxLength)
        {
            return true;
        }
        Add(field, $"must be at most {maxLength} characters, not {value.Length}");
        return false;
    }

    /// <summary>Adds a violation and returns false when a repeated field has more than <paramref name="maxCount"/> entries.</summary>
    public bool WithinCount(int count, string field, int maxCount)
    {
        if (count <= maxCount)
        {
            return true;
        }
        Add(field, $"must have at most {maxCount} entries, not {count}");
        return false;
    }

    /// <summary>
    /// Free text a person reads later (a name, a reason): at most <paramref name="maxLength"/> characters,
    /// present when <paramref name="required"/>, and free of characters that hide or rearrange what a
    /// reader sees (<see cref="CallerText.FindInvisible"/>).
    /// </summary>
    public RequestValidator Text(string value, string field, int maxLength, bool required = true)
    {
        if (!WithinLength(value, field, maxLength))
        {
            return this;
        }
        if (string.IsNullOrWhiteSpace(value))
        {
            return required ? Add(field, "is required") : this;
        }
        var at = CallerText.FindInvisible(value);
        if (at < 0)
        {
            return this;
        }
        var found = char.IsSurrogatePair(value, at) ? char.ConvertToUtf32(value, at) : value[at];
        return Add(field, $"must not contain control or invisible characters (U+{found:X4} at position {at})");
    }

    /// <summary>
    /// A <c>google.protobuf.Timestamp</c> within its documented range, 0001-01-01T00:00:00Z to
    /// 9999-12-31T23:59:59.999999999Z with nanos from 0 to 999,999,999: outside it converting to a .NET
    /// instant throws, which would turn the caller's mistake into our INTERNAL error.
    /// <paramref name="instant"/> is the converted value when valid.
    /// </summary>
    public RequestValidator Instant(Timestamp? value, string field, out DateTimeOffset? instant, bool required = true)
    {
        instant = null;
        if (value is null)
        {
            return required ? Add(field, "is required") : this;
        }
        if (value.Nanos is < 0 or > MaxNanos)
        {
            return Add(field, $"nanos must be from 0 to {MaxNanos}, not {value.Nanos}");
        }
        if (value.Seconds is < MinSeconds or > MaxSeconds)
        {
            return Add(field, $"must be from 0001-01-01T00:00:00Z to 9999-12-31T23:59:59.999999999Z (seconds {MinSeconds} to {MaxSeconds}), not seconds {value.Seconds}");
        }
        instant = value.ToDateTimeOffset();
        return this;
    }

    public void ThrowIfInvalid()
    {
        if (!IsValid)
        {
            throw new InvalidArgumentException(violations, unlisted);
        }
    }
}
