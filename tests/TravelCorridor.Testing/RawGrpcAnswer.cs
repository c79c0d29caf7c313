using Grpc.Core;

namespace TravelCorridor.Testing;

/// <summary>What a node answered to a hand-made gRPC request: the status, its message and its google.rpc details.</summary>
public sealed record RawGrpcAnswer(StatusCode Code, string Message, Google.Rpc.Status? Details);
