using Google.Protobuf.Reflection;
using Grpc.Core;
using TravelCorridor.Hosting.Security;
using TravelCorridor.Testing;
using Xunit.Abstractions;

namespace TravelCorridor.Hosting.Tests;

/// <summary>
/// Every RPC the node serves, called over raw HTTP/2 with well-formed messages of hostile values (see
/// <see cref="RandomMessages"/>), with those messages damaged by a byte, and with random bodies, as callers of
/// every role. Whatever the answer, it is a status the service chose: never UNKNOWN or INTERNAL, which would
/// mean an exception escaped a handler. A failure prints the method and the body to replay it.
/// </summary>
public sealed class EveryRpcFuzzTests(NodeFixture fixture, ITestOutputHelper output) : IClassFixture<NodeFixture>
{
    private static readonly ServiceDescriptor[] Services =
    [
        TravelCorridor.Membership.V1.MembershipService.Descriptor,
        TravelCorridor.Eligibility.V1.EligibilityService.Descriptor,
        TravelCorridor.Clearance.V1.ClearanceService.Descriptor,
        TravelCorridor.Diagnostics.V1.DiagnosticsService.Descriptor,
        global::Grpc.Health.V1.Health.Descriptor,
    ];

    private static readonly (string Role, string? Member)[] Callers =
    [
        (CorridorRoles.CorridorAdmin, null),
        (CorridorRoles.MemberAdmin, "SG"),
        (CorridorRoles.BorderOfficer, "SG"),
        (CorridorRoles.Observer, null),
    ];

    [Fact]
    public async Task Hostile_requests_to_every_rpc_are_never_answered_unknown_or_internal()
    {
        var seed = Environment.TickCount;
        output.WriteLine($"seed {seed}");
        var random = new Random(seed);
        var escaped = new List<string>();
        var answers = new SortedDictionary<StatusCode, int>();
        foreach (var method in Services.SelectMany(s => s.Methods))
        {
            var path = $"/{method.Service.FullName}/{method.Name}";
            // A valid watch request streams until its deadline: fewer of those.
            var rounds = method.IsServerStreaming && !method.IsClientStreaming ? 8 : 60;
            for (var round = 0; round < rounds; round++)
            {
                var body = Body(method, random, round);
                var (role, member) = Callers[random.Next(Callers.Length)];
                var headers = new Dictionary<string, string>
                {
                    ["authorization"] = $"Bearer {fixture.Node.Token(role, member)}",
                    ["grpc-timeout"] = method.IsServerStreaming ? "300m" : "10S",
                };
                try
                {
                    var answer = await RawGrpc.PostAsync(fixture.Node.Address, path, body, headers);
                    answers[answer.Code] = answers.GetValueOrDefault(answer.Code) + 1;
                    if (answer.Code is StatusCode.Unknown or StatusCode.Internal)
                    {
                        escaped.Add($"{path} as {role}: {answer.Code} '{answer.Message}' for {Convert.ToHexString(body)[..Math.Min(400, body.Length * 2)]}");
                    }
                }
                catch (Exception e) when (e is InvalidOperationException or HttpRequestException)
                {
                    escaped.Add($"{path} as {role}: no gRPC answer ({e.Message}) for {Convert.ToHexString(body)[..Math.Min(400, body.Length * 2)]}");
                }
            }
        }
        output.WriteLine($"{answers.Values.Sum()} answers from {Services.Sum(s => s.Methods.Count)} RPCs: {string.Join(", ", answers.Select(a => $"{a.Key} {a.Value}"))}");
        Assert.True(escaped.Count == 0, string.Join("\n", escaped.Take(20)));
    }

    /// <summary>Mostly well-formed hostile messages; every fifth damaged by a byte, every tenth random bytes.</summary>
    private static byte[] Body(MethodDescriptor method, Random random, int round)
    {
        if (round % 10 == 9)
        {
            var noise = new byte[random.Next(0, 64)];
            random.NextBytes(noise);
            return random.Next(2) == 0 ? noise : RawGrpc.Frame(noise);
        }
        var message = RandomMessages.Create(method.InputType, random);
        if (round % 5 == 4 && message.Length > 0)
        {
            message[random.Next(message.Length)] = (byte)random.Next(256);
        }
        return RawGrpc.Frame(message);
    }
}
