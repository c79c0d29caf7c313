using System.Text.Json;

namespace TravelCorridor.CertLogic;

// Checks shared by the operations, and how issues are recorded: errors (what the reference validator
// reports too) and warnings (what it accepts).
internal sealed partial class ValidationWalker
{
    private delegate DateTimeText.Outcome DateParser(ReadOnlySpan<char> text, out long epochMilliseconds);

    private void CheckDateString(JsonElement operand, StaticType[] operands, string valuesPath, JsonElement expr, string role, DateParser parse)
    {
        if (!Require(operands, 0, StaticType.String, valuesPath, expr, role, "a string"))
        {
            return;
        }

        if (operand.ValueKind == JsonValueKind.String && JsonText.GetString(operand) is var text && parse(text, out _) != DateTimeText.Outcome.Ok)
        {
            Warn(JsonPaths.Index(valuesPath, 0), $"{role} is not an allowed date or date-time: {text}", operand);
        }
    }

    private bool Require(StaticType[] operands, int i, StaticType wanted, string valuesPath, JsonElement expr, string role, string description)
    {
        var actual = operands[i];
        if (actual == StaticType.Any || actual == wanted)
        {
            return true;
        }

        Warn(JsonPaths.Index(valuesPath, i), $"{role} must be {description}, but it is {StaticTypes.Describe(actual)}", Operand(expr, i));
        return false;
    }

    private void RequireBoolsy(StaticType[] operands, int i, string valuesPath, JsonElement expr, string role)
    {
        if (operands[i] == StaticType.DateTime)
        {
            Warn(JsonPaths.Index(valuesPath, i), $"{role} is a date-time, which is neither truthy nor falsy", Operand(expr, i));
        }
    }

    private static JsonElement Operand(JsonElement expr, int i)
    {
        foreach (var property in expr.EnumerateObject())
        {
            return property.Value[i];
        }

        return expr;
    }

    private static bool IsIntegerLiteral(JsonElement value) =>
        value.ValueKind == JsonValueKind.Number && double.IsInteger(CertLogicValue.ReadNumber(value));

    private static bool IsKnown(string op) => op is Operators.If or Operators.StrictEquals or Operators.And or Operators.Not
        or Operators.In or Operators.Plus or Operators.PlusTime or Operators.Reduce or Operators.ExtractFromUvci
        or Operators.DccDateOfBirth || Operators.IsIntegerComparison(op) || Operators.IsDateTimeComparison(op);

    private void WarnOfLoneSurrogate(string path, string text, JsonElement expr)
    {
        if (LoneSurrogates.IndexIn(text) is var at and >= 0)
        {
            Warn(path, $"the string holds a lone UTF-16 surrogate ({LoneSurrogates.Describe(text[at])}) at index {at}, which is not Unicode text (it is kept as one code unit, as certlogic-js keeps it)", expr);
        }
    }

    /// <summary>Something the reference validator reports too: the expression is not CertLogic.</summary>
    private void Report(string path, string message, JsonElement expr) => _issues.Add(new(path, message, Detached(expr)));

    /// <summary>Valid CertLogic that cannot be right if evaluated; the reference accepts it, so it does not refuse the expression.</summary>
    private void Warn(string path, string message, JsonElement expr) =>
        _issues.Add(new(path, message, Detached(expr), CertLogicIssueSeverity.Warning));

    // default(JsonElement) (no JSON at all) cannot be cloned; it is reported as null.
    private static JsonElement Detached(JsonElement expr)
    {
        if (expr.ValueKind != JsonValueKind.Undefined)
        {
            return expr.Clone();
        }

        using var nothing = JsonDocument.Parse("null");
        return nothing.RootElement.Clone();
    }
}
