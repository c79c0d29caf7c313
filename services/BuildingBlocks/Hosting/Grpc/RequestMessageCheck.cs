using System.Collections.Concurrent;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace TravelCorridor.Hosting.Grpc;

/// <summary>
/// Reads the request body of every unary and server-streaming gRPC call before gRPC does and answers
/// what gRPC cannot read with a precise status. gRPC decodes the message before any interceptor runs
/// and reports its own failures as UNKNOWN ("Exception was thrown by handler.") or INTERNAL, which
/// tell a caller nothing; it also offers no hook around decoding. So: framing errors, a truncated or
/// unparsable message are INVALID_ARGUMENT (<c>MALFORMED_MESSAGE</c>); a message over the service's
/// limit, before or after decompression, is RESOURCE_EXHAUSTED (<c>MESSAGE_TOO_LARGE</c>). The body is
/// only looked at, never consumed: gRPC then reads the same bytes. It runs after authorization, so an
/// anonymous caller cannot make a protected method's body be read.
/// </summary>
internal sealed class RequestMessageCheck(RequestDelegate next, ILogger<RequestMessageCheck> logger)
{
    private readonly ConcurrentDictionary<Endpoint, RequestShape?> shapes = new();

    public async Task InvokeAsync(HttpContext context)
    {
        var shape = context.GetEndpoint() is { } endpoint && IsGrpc(context.Request)
            ? shapes.GetOrAdd(endpoint, e => RequestShape.Of(e, context.RequestServices))
            : null;
        if (shape is not null && await ProblemAsync(context, shape) is { } problem)
        {
            // Only our own fixed texts and numbers: nothing the caller sent reaches the log.
            logger.LogInformation("Refused the request body of {Path}: {Code} {Message}", context.GetEndpoint()!.DisplayName,
                (global::Grpc.Core.StatusCode)problem.Code, problem.Message);
            TrailersOnlyResponse.Write(context, problem);
            return;
        }
        await next(context);
    }

    /// <summary>gRPC, binary gRPC-Web (the same frames) and gRPC-Web text (the frames in base64).</summary>
    private static bool IsGrpc(HttpRequest request) =>
        HttpMethods.IsPost(request.Method) &&
        request.ContentType is { } type && type.StartsWith("application/grpc", StringComparison.OrdinalIgnoreCase);

    private static bool IsBase64(HttpRequest request) =>
        request.ContentType!.StartsWith("application/grpc-web-text", StringComparison.OrdinalIgnoreCase);

    /// <summary>Waits for the whole body (at most one message within the limit), then judges it.</summary>
    private static async Task<Google.Rpc.Status?> ProblemAsync(HttpContext context, RequestShape shape)
    {
        var reader = context.Request.BodyReader;
        while (true)
        {
            System.IO.Pipelines.ReadResult result;
            try
            {
                result = await reader.ReadAsync(context.RequestAborted);
            }
            catch (Exception e) when (e is OperationCanceledException or IOException && context.RequestAborted.IsCancellationRequested)
            {
                return null; // the caller is gone; gRPC notices too
            }
            var frame = IsBase64(context.Request)
                ? GrpcWebText.Inspect(result.Buffer, result.IsCompleted, shape.MaxBytes)
                : RequestFrame.Inspect(result.Buffer, result.IsCompleted, shape.MaxBytes);
            try
            {
                if (result.IsCanceled)
                {
                    return null; // someone else wants the body now; gRPC judges it alone
                }
                if (!frame.IsPending)
                {
                    return frame.Problem ?? shape.ProblemWith(frame, context.Request.Headers["grpc-encoding"]);
                }
            }
            finally
            {
                // Nothing consumed, everything examined: the next read (gRPC's) returns the same bytes.
                reader.AdvanceTo(result.Buffer.Start, result.Buffer.End);
            }
        }
    }
}
