using System.Buffers;
using System.IO.Compression;
using Google.Protobuf;
using Google.Protobuf.Reflection;
using Grpc.AspNetCore.Server;
using Grpc.Core;
using Grpc.Net.Compression;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace TravelCorridor.Hosting.Grpc;

/// <summary>
/// What the request-body check knows of one gRPC method: how to parse its request message and its
/// service's limits, exactly as gRPC will apply them (<c>GrpcServiceOptions&lt;TService&gt;</c> holds the
/// global options overridden by the service's own).
/// </summary>
internal sealed class RequestShape(
    MessageParser? parser, MessageDescriptor? descriptor, string messageName, long maxBytes, IReadOnlyList<ICompressionProvider> decompressors)
{
    private const string Identity = "identity";

    public long MaxBytes { get; } = maxBytes;

    /// <summary>The shape of a unary or server-streaming method (one request message); null for any other endpoint.</summary>
    public static RequestShape? Of(Endpoint endpoint, IServiceProvider services)
    {
        if (endpoint.Metadata.GetMetadata<GrpcMethodMetadata>() is not { } grpc ||
            grpc.Method.Type is not (MethodType.Unary or MethodType.ServerStreaming))
        {
            return null;
        }
        // Method<TRequest, TResponse>: the generated message type carries its parser as a static property.
        var requestType = grpc.Method.GetType().GetGenericArguments()[0];
        var parser = requestType.GetProperty("Parser")?.GetValue(null) as MessageParser;
        var descriptor = requestType.GetProperty("Descriptor")?.GetValue(null) as MessageDescriptor;
        var optionsType = typeof(IOptions<>).MakeGenericType(typeof(GrpcServiceOptions<>).MakeGenericType(grpc.ServiceType));
        var options = (GrpcServiceOptions)optionsType.GetProperty("Value")!.GetValue(services.GetRequiredService(optionsType))!;
        return new RequestShape(parser, descriptor, requestType.Name, options.MaxReceiveMessageSize ?? int.MaxValue, [.. options.CompressionProviders]);
    }

    /// <summary>Why gRPC could not read this complete message, or null when it can (or will answer itself, e.g. an unknown encoding).</summary>
    public Google.Rpc.Status? ProblemWith(RequestFrame frame, string? encoding)
    {
        var message = frame.Message;
        if (frame.Compressed)
        {
            if (string.IsNullOrEmpty(encoding) || encoding == Identity)
            {
                return RequestFrame.Malformed("The message is marked compressed but the grpc-encoding header names no compression.").Problem;
            }
            if (decompressors.FirstOrDefault(p => p.EncodingName == encoding) is not { } decompressor)
            {
                return null; // gRPC answers UNIMPLEMENTED with the encodings it supports
            }
            if (Inflate(decompressor, message) is not { } inflated)
            {
                return RequestFrame.Malformed($"The message could not be decompressed as {decompressor.EncodingName}.").Problem;
            }
            if (inflated.Length > MaxBytes)
            {
                return RequestFrame.TooLarge(inflated.Length, MaxBytes);
            }
            message = new ReadOnlySequence<byte>(inflated);
        }
        return IsWellFormed(message) ? null : ParseProblem(message);
    }

    private bool IsWellFormed(ReadOnlySequence<byte> message)
    {
        if (descriptor is null)
        {
            return false; // no descriptor to walk: let the parser judge
        }
        if (message.IsSingleSegment)
        {
            return WireFormatCheck.IsValid(descriptor, message.FirstSpan);
        }
        var length = checked((int)message.Length);
        var copy = ArrayPool<byte>.Shared.Rent(length);
        try
        {
            message.CopyTo(copy);
            return WireFormatCheck.IsValid(descriptor, copy.AsSpan(0, length));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(copy);
        }
    }

    /// <summary>The parser's own reason for refusing the message; null if it accepts it after all.</summary>
    private Google.Rpc.Status? ParseProblem(ReadOnlySequence<byte> message)
    {
        try
        {
            parser?.ParseFrom(message);
            return null;
        }
        catch (InvalidProtocolBufferException e)
        {
            // Protobuf's messages are fixed texts ("String is invalid UTF-8."): none echoes the bytes.
            return RequestFrame.Malformed($"The request is not a valid {messageName}: {e.Message}").Problem;
        }
    }

    /// <summary>
    /// Decompresses at most one byte past the limit: gRPC itself inflates without one, so a few KB of
    /// gzip could otherwise become hundreds of MB in memory. Null when the data is not in that format.
    /// </summary>
    private byte[]? Inflate(ICompressionProvider decompressor, ReadOnlySequence<byte> compressed)
    {
        try
        {
            using var input = decompressor.CreateDecompressionStream(new MemoryStream(compressed.ToArray()));
            using var output = new MemoryStream();
            var chunk = new byte[16 * 1024];
            int read;
            while (output.Length <= MaxBytes && (read = input.Read(chunk)) > 0)
            {
                output.Write(chunk, 0, read);
            }
            return output.ToArray();
        }
        catch (InvalidDataException)
        {
            return null;
        }
    }
}
