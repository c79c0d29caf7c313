using System.Text.Json;

namespace TravelCorridor.CertLogic;

/// <summary>
/// Checks CertLogic expressions before use: unknown operations, wrong operand counts, operands whose type
/// is certainly wrong, literal objects and <c>null</c>, non-integer numbers, disallowed <c>var</c> forms
/// and malformed literal dates. Every problem is reported, each with its JSON path.
/// </summary>
public static class CertLogicValidator
{
    /// <summary>Every issue with <paramref name="expression"/>; empty when it is valid.</summary>
    /// <exception cref="CertLogicLimitExceededException">The expression is deeper or larger than <paramref name="limits"/> allow.</exception>
    public static IReadOnlyList<CertLogicIssue> Validate(JsonElement expression, CertLogicLimits? limits = null)
    {
        var walker = new ValidationWalker(limits ?? CertLogicLimits.Default);
        walker.Check(expression, JsonPaths.Root, 0);
        return walker.Issues;
    }

    /// <summary>Validates, throwing when there is any issue.</summary>
    /// <exception cref="CertLogicValidationException">The expression has issues (all of them are listed).</exception>
    /// <exception cref="CertLogicLimitExceededException">The expression is deeper or larger than <paramref name="limits"/> allow.</exception>
    public static void EnsureValid(JsonElement expression, CertLogicLimits? limits = null)
    {
        var issues = Validate(expression, limits);
        if (issues.Count > 0)
        {
            throw new CertLogicValidationException(issues);
        }
    }

    /// <summary>Parses and validates expression text; malformed JSON is reported as an issue at <c>$</c>.</summary>
    public static IReadOnlyList<CertLogicIssue> Validate(string expressionJson, CertLogicLimits? limits = null)
    {
        JsonDocument document;
        try
        {
            document = ExpressionDocument.Parse(expressionJson, limits);
        }
        catch (CertLogicValidationException malformed)
        {
            return malformed.Issues;
        }

        using (document)
        {
            return Validate(document.RootElement, limits);
        }
    }
}
