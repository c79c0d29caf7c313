using System.Text.Json;

namespace TravelCorridor.CertLogic.Tests.Engine;

/// <summary>Only CertLogic exceptions leave the engine: a failure of the engine itself arrives wrapped, with its cause.</summary>
public sealed class EngineBoundaryTests
{
    // A string value whose text is not a string: something no JSON can produce, standing in for an engine bug.
    private static readonly CertLogicValue Corrupt = CertLogicValue.FromParts(CertLogicValueKind.String, double.NaN, new object());

    [Fact]
    public void A_failure_inside_compiled_evaluation_leaves_as_an_internal_error_and_fails_the_rule()
    {
        var rule = CertLogicCompiler.Compile("""{"if":[{"var":""},true,false]}""");

        var error = Assert.Throws<CertLogicInternalException>(() => rule.Evaluate(Corrupt));

        Assert.IsType<InvalidCastException>(error.InnerException);
        Assert.Equal("evaluating", error.Operation);
        Assert.False(rule.Passes(Corrupt));
    }

    [Fact]
    public void A_failure_inside_the_interpreter_leaves_as_an_internal_error()
    {
        using var document = JsonDocument.Parse("""{"!":[{"var":""}]}""");

        Assert.Throws<CertLogicInternalException>(() => CertLogicInterpreter.Evaluate(document.RootElement, Corrupt));
    }

    [Fact]
    public void Caller_mistakes_the_api_documents_are_not_wrapped()
    {
        var document = JsonDocument.Parse("""{"var":"a"}""");
        var element = document.RootElement;
        document.Dispose();

        Assert.Throws<ObjectDisposedException>(() => CertLogicValidator.Validate(element));
        Assert.Throws<ArgumentNullException>(() => CertLogicCompiler.Compile((string)null!));
    }
}
