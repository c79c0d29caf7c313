using Google.Protobuf.WellKnownTypes;
using Google.Rpc;
using Grpc.Core;
using TravelCorridor.Kernel.Errors;

namespace TravelCorridor.Hosting.Grpc;

/// <summary>
/// The <c>google.rpc.Status</c> every failure is answered with, wherever it is detected (interceptor,
/// authorization, request-body check): code, message, an <c>ErrorInfo</c> and, for invalid fields, a <c>BadRequest</c>.
/// </summary>
internal static class ErrorStatus
{
    public static Google.Rpc.Status Create(StatusCode code, string message, string reason,
        IReadOnlyDictionary<string, string>? metadata = null, IReadOnlyList<FieldViolation>? violations = null)
    {
        var info = new ErrorInfo { Reason = reason, Domain = ErrorMappingInterceptor.Domain };
        foreach (var (key, value) in metadata ?? new Dictionary<string, string>())
        {
            info.Metadata[key] = value;
        }
        var status = new Google.Rpc.Status { Code = (int)code, Message = message, Details = { Any.Pack(info) } };
        if (violations is { Count: > 0 })
        {
            var badRequest = new BadRequest();
            badRequest.FieldViolations.AddRange(violations.Select(v =>
                new BadRequest.Types.FieldViolation { Field = v.Field, Description = v.Description }));
            status.Details.Add(Any.Pack(badRequest));
        }
        return status;
    }
}
