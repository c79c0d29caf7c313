namespace TravelCorridor.CertLogic.Tests.Engine;

public sealed class DateTimeTests
{
    [Theory]
    [InlineData("2020-02-29", 1, "day", "2020-03-01T00:00:00.000Z")]
    [InlineData("2020-02-29", 1, "month", "2020-03-29T00:00:00.000Z")]
    [InlineData("2020-02-29", 1, "year", "2021-03-01T00:00:00.000Z")]
    [InlineData("2021-01-31", 1, "month", "2021-03-03T00:00:00.000Z")]
    [InlineData("2021-01-31", -2, "month", "2020-12-01T00:00:00.000Z")]
    [InlineData("2021-03-28T00:30:00+01:00", 24, "hour", "2021-03-28T23:30:00.000Z")]
    [InlineData("2004", 18, "year", "2022-12-31T00:00:00.000Z")]
    [InlineData("2004-02", 0, "day", "2004-02-29T00:00:00.000Z")]
    public void Plus_time_offsets_as_the_specification_defines(string date, int amount, string unit, string expected) =>
        Assert.Equal(expected, Rule.PlusTime(date, amount, unit));

    [Theory]
    [InlineData("2021-06-01T10:00:00", "2021-06-01T10:00:00.000Z")]
    [InlineData("2021-06-01T10:00:00Z", "2021-06-01T10:00:00.000Z")]
    [InlineData("2021-06-01T10:00:00+2", "2021-06-01T08:00:00.000Z")]
    [InlineData("2021-06-01T10:00:00-02", "2021-06-01T12:00:00.000Z")]
    [InlineData("2021-06-01T10:00:00+130", "2021-06-01T08:30:00.000Z")]
    [InlineData("2021-06-01T10:00:00+0130", "2021-06-01T08:30:00.000Z")]
    [InlineData("2021-06-01T10:00:00-9:30", "2021-06-01T19:30:00.000Z")]
    [InlineData("2021-06-01T10:00:00.5Z", "2021-06-01T10:00:00.500Z")]
    [InlineData("2021-06-01T10:00:00.123999+01:00", "2021-06-01T09:00:00.123Z")]
    [InlineData("2021-02-30", "2021-03-02T00:00:00.000Z")]
    [InlineData("2021-01-01T24:00:00Z", "2021-01-02T00:00:00.000Z")]
    public void Every_allowed_format_is_normalised_to_milliseconds_in_utc(string date, string expected) =>
        Assert.Equal(expected, Rule.PlusTime(date, 0, "day"));

    [Theory]
    [InlineData("2021-06-01T10:00:00.Z")]
    [InlineData("2021-06-01 10:00:00")]
    [InlineData("2021-6-01")]
    [InlineData("2021-13-01")]
    [InlineData("2021-06-01T23:60:00Z")]
    [InlineData("2021-06-01T10:00:00+24:00")]
    [InlineData("yesterday")]
    public void A_string_that_is_not_an_allowed_date_is_an_evaluation_error(string date) =>
        Assert.Throws<CertLogicEvaluationException>(() => Rule.PlusTime(date, 0, "day"));

    [Theory]
    [InlineData("1990", "1990-12-31T00:00:00.000Z")]
    [InlineData("1990-02", "1990-02-28T00:00:00.000Z")]
    [InlineData("1992-02", "1992-02-29T00:00:00.000Z")]
    [InlineData("1990-07-14", "1990-07-14T00:00:00.000Z")]
    public void A_date_of_birth_is_read_as_the_last_date_it_allows(string dob, string expected) =>
        Assert.Equal(expected, Rule.Eval("""{"dccDateOfBirth":[{"var":"dob"}]}""", $$"""{"dob":"{{dob}}"}""").ToJsonString().Trim('"'));

    [Fact]
    public void A_date_of_birth_with_a_time_is_an_evaluation_error() =>
        Assert.Throws<CertLogicEvaluationException>(() => Rule.Eval("""{"dccDateOfBirth":[{"var":"dob"}]}""", """{"dob":"1990-07-14T00:00:00Z"}"""));

    [Fact]
    public void Date_times_are_neither_truthy_nor_falsy()
    {
        var error = Assert.Throws<CertLogicEvaluationException>(() =>
            Rule.Eval("""{"if":[{"var":"x"},1,2]}""".Replace("{\"var\":\"x\"}", """{"reduce":[[1],{"plusTime":["2021-01-01",0,"day"]},0]}""", StringComparison.Ordinal)));
        Assert.Equal("$", error.Path);
    }
}
