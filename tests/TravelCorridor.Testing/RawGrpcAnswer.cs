using Grpc.Core;

namespace TravelCorridor.Testing;

/// <summary>
/// What a node answered to a hand-made gRPC request: the status, its message, its google.rpc details, and the
/// response messages before it (their protobuf bytes, in order).
/// </summary>
public sealed record RawGrpcAnswer(StatusCode Code, string Message, Google.Rpc.Status? Details, IReadOnlyList<byte[]> Messages);
