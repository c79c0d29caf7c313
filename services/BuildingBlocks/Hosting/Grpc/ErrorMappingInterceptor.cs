using Google.Rpc;
using Grpc.Core;
using Grpc.Core.Interceptors;
using Microsoft.Extensions.Logging;
using TravelCorridor.Kernel.Errors;

namespace TravelCorridor.Hosting.Grpc;

/// <summary>
/// The one place where failures become gRPC statuses: domain exceptions keep their code and gain
/// <c>ErrorInfo</c>/<c>BadRequest</c> details; a concurrent change is <c>ABORTED</c> (retry); anything
/// else is a bug of ours, logged and reported as <c>INTERNAL</c> without leaking internals.
/// </summary>
public sealed class ErrorMappingInterceptor(ILogger<ErrorMappingInterceptor> logger) : Interceptor
{
    public const string Domain = "travelcorridor.asean";

    public override async Task<TResponse> UnaryServerHandler<TRequest, TResponse>(
        TRequest request, ServerCallContext context, UnaryServerMethod<TRequest, TResponse> continuation)
    {
        try
        {
            return await continuation(request, context);
        }
        catch (Exception e) when (e is not RpcException)
        {
            throw Map(e, context);
        }
    }

    public override async Task ServerStreamingServerHandler<TRequest, TResponse>(
        TRequest request, IServerStreamWriter<TResponse> responseStream, ServerCallContext context,
        ServerStreamingServerMethod<TRequest, TResponse> continuation)
    {
        try
        {
            await continuation(request, responseStream, context);
        }
        catch (Exception e) when (e is not RpcException)
        {
            throw Map(e, context);
        }
    }

    public override async Task<TResponse> ClientStreamingServerHandler<TRequest, TResponse>(
        IAsyncStreamReader<TRequest> requestStream, ServerCallContext context, ClientStreamingServerMethod<TRequest, TResponse> continuation)
    {
        try
        {
            return await continuation(requestStream, context);
        }
        catch (Exception e) when (e is not RpcException)
        {
            throw Map(e, context);
        }
    }

    public override async Task DuplexStreamingServerHandler<TRequest, TResponse>(
        IAsyncStreamReader<TRequest> requestStream, IServerStreamWriter<TResponse> responseStream, ServerCallContext context,
        DuplexStreamingServerMethod<TRequest, TResponse> continuation)
    {
        try
        {
            await continuation(requestStream, responseStream, context);
        }
        catch (Exception e) when (e is not RpcException)
        {
            throw Map(e, context);
        }
    }

    private RpcException Map(Exception e, ServerCallContext context)
    {
        switch (e)
        {
            case CorridorException domain:
                return ToRpc(StatusOf(domain), domain.Message, domain.Reason, domain.Metadata,
                    (domain as InvalidArgumentException)?.Violations);
            case OperationCanceledException when context.CancellationToken.IsCancellationRequested:
                return ToRpc(StatusCode.Cancelled, "The call was cancelled.", "CANCELLED", new Dictionary<string, string>(), null);
            default:
                logger.LogError(e, "Unhandled failure in {Method}", context.Method);
                return ToRpc(StatusCode.Internal, "An internal error occurred; it has been logged.",
                    "INTERNAL", new Dictionary<string, string>(), null);
        }
    }

    /// <summary>Which gRPC status each kind of domain failure is; the domain itself never names one.</summary>
    public static StatusCode StatusOf(CorridorException e) => e switch
    {
        InvalidArgumentException or MalformedMessageException => StatusCode.InvalidArgument,
        NotFoundException => StatusCode.NotFound,
        AlreadyExistsException => StatusCode.AlreadyExists,
        FailedPreconditionException => StatusCode.FailedPrecondition,
        PermissionDeniedException => StatusCode.PermissionDenied,
        UnavailableException => StatusCode.Unavailable,
        ResourceExhaustedException => StatusCode.ResourceExhausted,
        AbortedException => StatusCode.Aborted,
        _ => StatusCode.Internal,
    };

    private static RpcException ToRpc(StatusCode code, string message, string reason,
        IReadOnlyDictionary<string, string> metadata, IReadOnlyList<FieldViolation>? violations) =>
        ErrorStatus.Create(code, message, reason, metadata, violations).ToRpcException();
}
