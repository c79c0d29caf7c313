namespace TravelCorridor.CertLogic.Tests.Engine;

/// <summary>Small helpers to evaluate expression text on data text with both engines.</summary>
internal static class Rule
{
    public static CertLogicValue Eval(string expression, string data = "{}")
    {
        var value = CertLogicValue.Parse(data);
        var compiled = CertLogicCompiler.Compile(expression).Evaluate(value);
        using var document = System.Text.Json.JsonDocument.Parse(expression);
        var interpreted = CertLogicInterpreter.Evaluate(document.RootElement, value);
        Assert.True(CertLogicValue.DeepEquals(compiled, interpreted), $"compiled {compiled.ToJsonString()} vs interpreted {interpreted.ToJsonString()}");
        return compiled;
    }

    public static string PlusTime(string date, int amount, string unit) =>
        Eval($$"""{"plusTime":[{"var":"d"},{{amount}},"{{unit}}"]}""", $$"""{"d":"{{date}}"}""").ToJsonString().Trim('"');
}
