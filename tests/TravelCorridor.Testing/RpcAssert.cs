using Google.Rpc;
using Grpc.Core;
using Xunit;

namespace TravelCorridor.Testing;

/// <summary>Asserts that a call fails the way a caller would be told: code, ErrorInfo reason, field violations.</summary>
public static class RpcAssert
{
    public static async Task<Google.Rpc.Status?> FailsWith(StatusCode code, Func<Task> call, string? reason = null)
    {
        var error = await Assert.ThrowsAsync<RpcException>(call);
        Assert.Equal(code, error.StatusCode);
        var status = error.GetRpcStatus();
        if (reason is not null)
        {
            Assert.NotNull(status);
            Assert.Equal(reason, status!.GetDetail<ErrorInfo>()?.Reason);
        }
        return status;
    }

    /// <summary>INVALID_ARGUMENT listing exactly these fields in its BadRequest.</summary>
    public static async Task RejectsFields(Func<Task> call, params string[] fields)
    {
        var status = await FailsWith(StatusCode.InvalidArgument, call, "INVALID_REQUEST");
        var violations = status!.GetDetail<BadRequest>()?.FieldViolations.Select(v => v.Field).Order().ToArray() ?? [];
        Assert.Equal(fields.Order().ToArray(), violations);
    }
}
