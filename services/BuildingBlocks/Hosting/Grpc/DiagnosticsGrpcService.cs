using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using TravelCorridor.Diagnostics.V1;

namespace TravelCorridor.Hosting.Grpc;

/// <summary>
/// A liveness ping that does no work, mapped on every node. Benchmarks use it as their floor: it
/// passes through the same Kestrel, authentication, authorization and interceptors as the RPCs
/// measured against it, so the gap between the two is the RPC's own work.
/// </summary>
[AllowAnonymous]
internal sealed class DiagnosticsGrpcService : DiagnosticsService.DiagnosticsServiceBase
{
    public override Task<PingResponse> Ping(PingRequest request, ServerCallContext context) =>
        Task.FromResult(new PingResponse());
}
