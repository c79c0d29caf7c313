using System.Text.Json;

namespace TravelCorridor.CertLogic.Tests.Engine;

/// <summary>
/// A lone UTF-16 surrogate written as a JSON escape ("\ud800") is legal JSON. JavaScript keeps it as one code
/// unit, and so does the engine (.NET strings are UTF-16 too): such strings compare, match and are written
/// back exactly as certlogic-js has them. Values below were checked against certlogic-js 1.2.2.
/// </summary>
public sealed class LoneSurrogateTests
{
    private const string Data = """{"a":"\ud800","\udc00":"key","pair":"x\ud83d\ude00y"}""";

    [Fact]
    public void A_lone_surrogate_in_data_is_read_as_the_code_unit_javascript_reads()
    {
        var value = Rule.Eval("""{"var":"a"}""", Data);

        Assert.Equal("\ud800", value.AsString());
        Assert.Equal("\"\\ud800\"", value.ToJsonString());
    }

    [Theory]
    [InlineData("""{"===":[{"var":"a"},"\ud800"]}""", "true")]
    [InlineData("""{"===":[{"var":"a"},"\ufffd"]}""", "false")]
    [InlineData("""{"in":[{"var":"a"},["x","\ud800"]]}""", "true")]
    [InlineData("""{"var":"\udc00"}""", "\"key\"")]
    [InlineData("""{"extractFromUVCI":["a/\ud800/b",1]}""", "\"\\ud800\"")]
    public void Lone_surrogates_compare_and_match_as_in_certlogic_js(string expression, string expected) =>
        Assert.Equal(expected, Rule.Eval(expression, Data).ToJsonString());

    [Fact]
    public void Data_with_lone_surrogates_in_keys_and_values_is_written_back_as_json_stringify_writes_it()
    {
        var data = CertLogicValue.Parse(Data);

        var json = Rule.Eval("""{"var":""}""", Data).ToJsonString();

        Assert.StartsWith("""{"a":"\ud800","\udc00":"key","pair":""", json, StringComparison.Ordinal);
        Assert.True(CertLogicValue.DeepEquals(data, CertLogicValue.Parse(json)), json);
    }

    [Fact]
    public void A_lone_surrogate_where_a_date_is_wanted_is_an_evaluation_error_naming_the_path()
    {
        var error = Assert.Throws<CertLogicEvaluationException>(() => Rule.Eval("""{"and":[true,{"plusTime":[{"var":"a"},1,"day"]}]}""", Data));

        Assert.Equal("$.and[1]", error.Path);
        Assert.StartsWith("not an allowed date or date-time format", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_lone_surrogate_literal_is_a_warning_and_still_evaluates()
    {
        const string expression = """{"===":[{"var":"a"},"x\ud800"]}""";

        var issue = Assert.Single(CertLogicValidator.Validate(expression));

        Assert.True(issue.IsWarning);
        Assert.Equal("$['==='][1]", issue.Path);
        Assert.Contains("lone UTF-16 surrogate (\\ud800) at index 1", issue.Message, StringComparison.Ordinal);
        Assert.False(Rule.Eval(expression, Data).AsBoolean());
        Assert.Throws<CertLogicValidationException>(() => CertLogicCompiler.Compile(expression, strict: true));
    }

    [Fact]
    public void A_lone_surrogate_in_an_operator_or_path_is_reported_not_thrown()
    {
        Assert.Equal("unrecognised operator: \"\ud800\"", Assert.Single(CertLogicValidator.Validate("""{"\ud800":[1]}""")).Message);
        Assert.True(Assert.Single(CertLogicValidator.Validate("""{"var":"a.\udfff"}""")).IsWarning);
        Assert.True(Rule.Eval("""{"var":"a.\udfff"}""", Data).IsNull);
    }

    [Fact]
    public void Text_holding_a_lone_surrogate_character_is_malformed_json()
    {
        // Not an escape but the character itself: text that has no UTF-8 form, so it can come from no file.
        const string expression = "{\"var\":\"\ud800\"}";

        var issue = Assert.Single(CertLogicValidator.Validate(expression));

        Assert.Equal("$", issue.Path);
        Assert.Contains("lone surrogate character (\\ud800) at index 8", issue.Message, StringComparison.Ordinal);
        Assert.Throws<CertLogicValidationException>(() => CertLogicCompiler.Compile(expression));
        Assert.Throws<JsonException>(() => CertLogicValue.Parse("\"\udc00\""));
    }

    [Fact]
    public void Json_text_helpers_read_what_system_text_json_refuses()
    {
        using var document = JsonDocument.Parse("""{"\udc00":"a\ud800","k":1}""");
        var root = document.RootElement;
        var property = root.EnumerateObject().First();

        Assert.Throws<InvalidOperationException>(() => property.Value.GetString());
        Assert.Equal("a\ud800", JsonText.GetString(property.Value));
        Assert.Equal("\udc00", JsonText.GetName(property));
        Assert.True(JsonText.TryGetProperty(root, "k", out var k));
        Assert.Equal(1, k.GetInt32());
        Assert.True(JsonText.TryGetProperty(root, "\udc00", out _));
        Assert.False(JsonText.TryGetProperty(root, "missing", out _));
    }
}
