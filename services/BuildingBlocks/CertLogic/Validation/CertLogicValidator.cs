using System.Text.Json;

namespace TravelCorridor.CertLogic;

/// <summary>
/// Checks CertLogic expressions before use. Errors are what the reference validator reports too (unknown
/// operations, wrong operand counts, literal objects and <c>null</c>, non-integer numbers, disallowed
/// <c>var</c> forms); warnings are findings the reference accepts (operands whose type is certainly wrong,
/// malformed literal dates, lone surrogates). Every issue is reported, each with its JSON path.
/// </summary>
public static class CertLogicValidator
{
    /// <summary>Every issue with <paramref name="expression"/>, errors and warnings; empty when there is none.</summary>
    /// <exception cref="CertLogicLimitExceededException">The expression is deeper or larger than <paramref name="limits"/> allow.</exception>
    public static IReadOnlyList<CertLogicIssue> Validate(JsonElement expression, CertLogicLimits? limits = null)
    {
        try
        {
            var walker = new ValidationWalker(limits ?? CertLogicLimits.Default);
            walker.Check(expression, JsonPaths.Root, 0);
            return walker.Issues;
        }
        catch (Exception e) when (EngineBoundary.IsUnexpected(e))
        {
            throw EngineBoundary.Fault("validating", e);
        }
    }

    /// <summary>Validates, throwing when there is an error, or, if <paramref name="strict"/>, any issue at all.</summary>
    /// <exception cref="CertLogicValidationException">The expression is refused (every issue that refuses it is listed).</exception>
    /// <exception cref="CertLogicLimitExceededException">The expression is deeper or larger than <paramref name="limits"/> allow.</exception>
    public static void EnsureValid(JsonElement expression, CertLogicLimits? limits = null, bool strict = false)
    {
        var refusing = Refusing(Validate(expression, limits), strict);
        if (refusing.Count > 0)
        {
            throw new CertLogicValidationException(refusing);
        }
    }

    /// <summary>Parses and validates expression text; malformed JSON is reported as an error at <c>$</c>.</summary>
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

    /// <summary>The issues that refuse an expression: its errors, and when <paramref name="strict"/> its warnings too.</summary>
    public static IReadOnlyList<CertLogicIssue> Refusing(IReadOnlyList<CertLogicIssue> issues, bool strict) =>
        strict ? issues : issues.Where(issue => !issue.IsWarning).ToList();
}
