using Google.Protobuf.WellKnownTypes;
using Google.Rpc;
using Grpc.Core;
using TravelCorridor.Corridorctl.Remote;
using TravelCorridor.Kernel.Errors;

namespace TravelCorridor.Corridorctl.Tests;

public sealed class RpcErrorTextTests
{
    [Fact]
    public void A_refused_call_prints_the_code_the_message_the_reason_and_every_field_violation_one_per_line()
    {
        var status = new Google.Rpc.Status
        {
            Code = (int)Code.InvalidArgument,
            Message = "The rule set has 2 problem(s).",
            Details =
            {
                Any.Pack(new ErrorInfo { Reason = "INVALID_REQUEST", Domain = "travelcorridor.asean" }),
                Any.Pack(new BadRequest
                {
                    FieldViolations =
                    {
                        new BadRequest.Types.FieldViolation { Field = "signed_rule_set.payload.rules[0].Logic", Description = "unknown operator \"xor\"" },
                        new BadRequest.Types.FieldViolation { Field = "signed_rule_set.payload.validFrom", Description = "is not an instant" },
                    },
                }),
            },
        };
        var error = new StringWriter();
        using var node = new NodeConnection(new Uri("http://127.0.0.1:5080"), "token");

        RpcErrorText.Write(error, status.ToRpcException(), node, "member-admin");

        Assert.Equal(
            [
                "error: INVALID_ARGUMENT: The rule set has 2 problem(s).",
                "  reason: INVALID_REQUEST",
                "  signed_rule_set.payload.rules[0].Logic: unknown operator \"xor\"",
                "  signed_rule_set.payload.validFrom: is not an instant",
            ],
            error.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public void An_unauthenticated_call_without_a_token_says_where_a_token_comes_from()
    {
        var error = new StringWriter();
        using var node = new NodeConnection(new Uri("http://127.0.0.1:5080"), token: null);

        RpcErrorText.Write(error, new RpcException(new Grpc.Core.Status(StatusCode.Unauthenticated, "A bearer token is required.")), node, "border-officer");

        Assert.Contains("error: UNAUTHENTICATED: A bearer token is required.", error.ToString(), StringComparison.Ordinal);
        Assert.Contains("hint: pass --token or set $CORRIDOR_TOKEN", error.ToString(), StringComparison.Ordinal);
        Assert.Contains("token --role border-officer --member SG", error.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(StatusCode.OK, "OK")]
    [InlineData(StatusCode.FailedPrecondition, "FAILED_PRECONDITION")]
    [InlineData(StatusCode.DeadlineExceeded, "DEADLINE_EXCEEDED")]
    public void Status_codes_are_named_as_the_grpc_specification_names_them(StatusCode code, string name) =>
        Assert.Equal(name, RpcErrorText.CodeName(code));
}
