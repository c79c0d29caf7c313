using System.Text.Json;

namespace TravelCorridor.CertLogic;

/// <summary>Validates a CertLogic expression and compiles it once into a <see cref="CompiledCertLogic"/>.</summary>
public static class CertLogicCompiler
{
    /// <summary>
    /// Validates and compiles <paramref name="expression"/>; the JSON may be disposed afterwards. Warnings do
    /// not stop it unless <paramref name="strict"/> (see <see cref="CertLogicIssueSeverity"/>).
    /// </summary>
    /// <exception cref="CertLogicValidationException">The expression is refused; every issue that refuses it is listed.</exception>
    /// <exception cref="CertLogicLimitExceededException">The expression is deeper or larger than <paramref name="limits"/> allow.</exception>
    public static CompiledCertLogic Compile(JsonElement expression, CertLogicLimits? limits = null, bool strict = false) =>
        Compile(expression, limits, strict, emit: true);

    /// <summary>
    /// <paramref name="emit"/> false forces the delegate tree that otherwise only serves where code cannot
    /// be emitted (tests use it to keep that form checked against the interpreter too).
    /// </summary>
    internal static CompiledCertLogic Compile(JsonElement expression, CertLogicLimits? limits, bool strict, bool emit)
    {
        limits ??= CertLogicLimits.Default;
        CertLogicValidator.EnsureValid(expression, limits, strict);
        try
        {
            if (emit && IlCompiler.TryCompile(expression, limits) is { } method)
            {
                return new CompiledCertLogic(method, limits);
            }

            return new CompiledCertLogic(new NodeCompiler(limits).Compile(expression, JsonPaths.Root, inLambda: false).Node, limits);
        }
        catch (Exception e) when (EngineBoundary.IsUnexpected(e))
        {
            throw EngineBoundary.Fault("compiling", e);
        }
    }

    /// <summary>Parses, validates and compiles expression text.</summary>
    /// <exception cref="CertLogicValidationException">The text is not JSON, or the expression is refused.</exception>
    /// <exception cref="CertLogicLimitExceededException">The expression is deeper or larger than <paramref name="limits"/> allow.</exception>
    public static CompiledCertLogic Compile(string expressionJson, CertLogicLimits? limits = null, bool strict = false)
    {
        using var document = ExpressionDocument.Parse(expressionJson, limits);
        return Compile(document.RootElement, limits, strict);
    }
}
