namespace TravelCorridor.CertLogic.Tests.Engine;

/// <summary>Objects built per request from keys made once (<see cref="CertLogicKey"/>).</summary>
public sealed class ObjectFromKeysTests
{
    private static readonly CertLogicKey Name = CertLogicKey.Of("name");
    private static readonly CertLogicKey Doses = CertLogicKey.Of("doses");

    [Fact]
    public void An_object_built_from_keys_is_the_object_parsed_from_the_same_json()
    {
        var built = CertLogicValue.FromObject([Name, Doses], [CertLogicValue.FromString("Tan"), CertLogicValue.FromNumber(2)]);

        Assert.Equal("""{"name":"Tan","doses":2}""", built.ToJsonString());
        Assert.True(CertLogicValue.DeepEquals(CertLogicValue.Parse("""{"name":"Tan","doses":2}"""), built));
        Assert.True(CertLogicCompiler.Compile("""{"===":[{"var":"doses"},2]}""").Passes(built));
    }

    [Fact]
    public void A_key_made_from_a_string_built_at_run_time_is_found_by_var()
    {
        var runTime = CertLogicKey.Of(string.Concat("sample", "Time"));
        var built = CertLogicValue.FromObject([runTime], [CertLogicValue.True]);

        Assert.True(CertLogicCompiler.Compile("""{"var":"sampleTime"}""").Passes(built));
        Assert.True(CertLogicInterpreter.Evaluate(System.Text.Json.JsonDocument.Parse("""{"var":"sampleTime"}""").RootElement, built).AsBoolean());
    }

    [Fact]
    public void An_object_of_more_than_eight_keys_finds_every_one()
    {
        var keys = Enumerable.Range(0, 12).Select(i => CertLogicKey.Of($"k{i}")).ToArray();
        var values = Enumerable.Range(0, 12).Select(i => CertLogicValue.FromNumber(i)).ToArray();

        var built = CertLogicValue.FromObject(keys, values);

        for (var i = 0; i < 12; i++)
        {
            Assert.True(CertLogicCompiler.Compile($$"""{"===":[{"var":"k{{i}}"},{{i}}]}""").Passes(built));
        }
    }

    [Fact]
    public void Repeated_default_or_missing_keys_are_refused()
    {
        var many = Enumerable.Range(0, 10).Select(i => CertLogicKey.Of($"k{i % 9}")).ToArray();
        var values = new CertLogicValue[10];

        Assert.Throws<ArgumentException>(() => CertLogicValue.FromObject([Name, Doses, Name], [default, default, default]));
        Assert.Throws<ArgumentException>(() => CertLogicValue.FromObject(many, values));
        Assert.Throws<ArgumentException>(() => CertLogicValue.FromObject([Name, default], [default, default]));
        Assert.Throws<ArgumentException>(() => CertLogicValue.FromObject([Name], [default, default]));
        Assert.Throws<ArgumentNullException>(() => CertLogicKey.Of(null!));
    }
}
