using Google.Protobuf.WellKnownTypes;
using TravelCorridor.Kernel.Errors;
using TravelCorridor.Validation;

namespace TravelCorridor.Validation.Tests;

/// <summary>The shared request checks every service's handlers use (services/BuildingBlocks/Validation).</summary>
public sealed class RequestValidatorTests
{
    [Fact]
    public void At_most_20_violations_are_listed_and_a_last_entry_counts_the_rest()
    {
        var validator = new RequestValidator();
        for (var i = 0; i < 1_000; i++)
        {
            validator.Add($"items[{i}]", "is wrong");
        }

        var error = Assert.Throws<InvalidArgumentException>(validator.ThrowIfInvalid);

        Assert.Equal(21, error.Violations.Count);
        Assert.Equal("items[19]", error.Violations[19].Field);
        Assert.Contains("980 more", error.Violations[20].Description);
    }

    [Fact]
    public void The_message_names_only_the_first_three_violations()
    {
        var validator = new RequestValidator().Add("a", "is wrong").Add("b", "is wrong").Add("c", "is wrong").Add("d", "is wrong");

        var error = Assert.Throws<InvalidArgumentException>(validator.ThrowIfInvalid);

        Assert.Contains("c: is wrong", error.Message);
        Assert.DoesNotContain("d: is wrong", error.Message);
        Assert.Contains("1 more", error.Message);
    }

    [Fact]
    public void An_echoed_value_is_a_short_escaped_prefix()
    {
        Assert.Equal("'SG\\n'", CallerText.Quote("SG\n"));
        Assert.Equal("'a\\u202Eb'", CallerText.Quote("a\u202Eb"));
        Assert.Equal("'" + new string('x', 32) + "…' (40 characters)", CallerText.Quote(new string('x', 40)));
    }

    [Fact]
    public void Text_with_a_lone_surrogate_is_not_plain_text()
    {
        Assert.False(new RequestValidator().Text("a\uD800b", "name", 100).IsValid);
        Assert.True(new RequestValidator().Text("a\uD83D\uDE00b", "name", 100).IsValid);
    }

    [Fact]
    public void A_missing_timestamp_is_reported_only_when_required()
    {
        Assert.False(new RequestValidator().Instant(null, "at", out _).IsValid);
        Assert.True(new RequestValidator().Instant(null, "at", out var none, required: false).IsValid);
        Assert.Null(none);
        Assert.True(new RequestValidator().Instant(new Timestamp { Seconds = 0 }, "at", out var epoch).IsValid);
        Assert.Equal(DateTimeOffset.UnixEpoch, epoch);
    }
}
