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
        // A gRPC-Web client expects its own content type back, with the status in the headers all the same.
        context.Response.ContentType = context.Request.ContentType switch
        {
            { } type when type.StartsWith("application/grpc-web-text", StringComparison.OrdinalIgnoreCase) => "application/grpc-web-text",
            { } type when type.StartsWith("application/grpc-web", StringComparison.OrdinalIgnoreCase) => "application/grpc-web",
            _ => "application/grpc",
        };
        context.Response.Headers["grpc-status"] = status.Code.ToString(CultureInfo.InvariantCulture);
        context.Response.Headers["grpc-message"] = PercentEncode(status.Message);
        context.Response.Headers["grpc-status-details-bin"] = Convert.ToBase64String(status.ToByteArray());
    }

    /// <summary>
    /// grpc-message as the gRPC HTTP/2 protocol spells it: the UTF-8 bytes, each outside printable ASCII (0x20–0x7E)
    /// or a '%' written as %XX, everything else as it is. Uri.EscapeDataString also escapes ':' and spaces, which
    /// clients that decode only what the spec encodes (grpc-js) then showed as "authorization%3A%20Bearer".
    /// </summary>
    public static string PercentEncode(string message)
    {
        var text = new System.Text.StringBuilder(message.Length);
        foreach (var b in System.Text.Encoding.UTF8.GetBytes(message))
        {
            if (b is >= 0x20 and <= 0x7E && b != (byte)'%')
            {
                text.Append((char)b);
            }
            else
            {
                text.Append('%').Append(b.ToString("X2", CultureInfo.InvariantCulture));
            }
        }
        return text.ToString();
    }
}
