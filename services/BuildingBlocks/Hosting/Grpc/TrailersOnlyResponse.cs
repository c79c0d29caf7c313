using System.Globalization;
using Google.Protobuf;
using Microsoft.AspNetCore.Http;

namespace TravelCorridor.Hosting.Grpc;

/// <summary>
/// Answers a gRPC call before it reaches gRPC itself (authorization, the request-body check): a
/// trailers-only response, HTTP 200 whose headers carry the status, as every gRPC client reads it.
/// </summary>
internal static class TrailersOnlyResponse
{
    public static void Write(HttpContext context, Google.Rpc.Status status)
    {
        context.Response.StatusCode = StatusCodes.Status200OK;
        context.Response.ContentType = "application/grpc";
        context.Response.Headers["grpc-status"] = status.Code.ToString(CultureInfo.InvariantCulture);
        context.Response.Headers["grpc-message"] = Uri.EscapeDataString(status.Message);
        context.Response.Headers["grpc-status-details-bin"] = Convert.ToBase64String(status.ToByteArray());
    }
}
