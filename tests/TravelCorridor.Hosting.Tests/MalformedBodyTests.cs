using System.IO.Compression;
using Google.Protobuf;
using Google.Rpc;
using Grpc.Core;
using TravelCorridor.Membership.V1;
using TravelCorridor.Testing;

namespace TravelCorridor.Hosting.Tests;

/// <summary>
/// Request bodies no generated client would send, over raw HTTP/2: the caller hears INVALID_ARGUMENT
/// (or RESOURCE_EXHAUSTED for a size over the limit) with a reason, never UNKNOWN or INTERNAL.
/// </summary>
public sealed class MalformedBodyTests(NodeFixture fixture) : IClassFixture<NodeFixture>
{
    private const string GetMemberState = "/travelcorridor.membership.v1.MembershipService/GetMemberState";

    private Task<RawGrpcAnswer> PostAsync(byte[] body, IReadOnlyDictionary<string, string>? headers = null, string path = GetMemberState) =>
        RawGrpc.PostAsync(fixture.Node.Address, path, body, headers);

    private static void AssertMalformed(RawGrpcAnswer answer)
    {
        Assert.Equal(StatusCode.InvalidArgument, answer.Code);
        Assert.Equal("MALFORMED_MESSAGE", answer.Details?.GetDetail<ErrorInfo>()?.Reason);
    }

    [Fact]
    public async Task A_well_formed_raw_request_is_answered_normally()
    {
        var answer = await PostAsync(RawGrpc.Frame(new GetMemberStateRequest { Code = "BN" }));
        Assert.Equal(StatusCode.OK, answer.Code);
    }

    [Fact]
    public async Task Invalid_utf8_in_a_string_field_is_a_malformed_message()
    {
        AssertMalformed(await PostAsync(RawGrpc.Frame([0x0A, 0x02, 0xC3, 0x28])));
    }

    [Fact]
    public async Task A_message_cut_inside_a_field_is_a_malformed_message()
    {
        AssertMalformed(await PostAsync(RawGrpc.Frame([0x0A, 0x05, (byte)'S', (byte)'G'])));
    }

    [Fact]
    public async Task A_body_shorter_than_its_length_prefix_is_a_malformed_message()
    {
        AssertMalformed(await PostAsync(RawGrpc.Frame([0x0A, 0x02, (byte)'S', (byte)'G'], declaredLength: 100)));
        AssertMalformed(await PostAsync([0, 0, 0]));
        AssertMalformed(await PostAsync([]));
    }

    [Fact]
    public async Task A_second_message_in_a_unary_call_is_a_malformed_message()
    {
        var one = RawGrpc.Frame(new GetMemberStateRequest { Code = "BN" });
        AssertMalformed(await PostAsync([.. one, .. one]));
    }

    [Fact]
    public async Task A_compressed_flag_other_than_0_or_1_is_a_malformed_message()
    {
        AssertMalformed(await PostAsync(RawGrpc.Frame(new GetMemberStateRequest { Code = "BN" }.ToByteArray(), compressedFlag: 2)));
    }

    [Fact]
    public async Task A_compressed_message_without_a_usable_encoding_header_is_a_malformed_message()
    {
        var message = new GetMemberStateRequest { Code = "BN" }.ToByteArray();
        AssertMalformed(await PostAsync(RawGrpc.Frame(message, compressedFlag: 1)));
        AssertMalformed(await PostAsync(RawGrpc.Frame(message, compressedFlag: 1), new Dictionary<string, string> { ["grpc-encoding"] = "identity" }));
        AssertMalformed(await PostAsync(RawGrpc.Frame(message, compressedFlag: 1), new Dictionary<string, string> { ["grpc-encoding"] = "gzip" }));
    }

    [Fact]
    public async Task A_gzip_compressed_request_is_still_understood()
    {
        var answer = await PostAsync(RawGrpc.Frame(Gzip(new GetMemberStateRequest { Code = "BN" }.ToByteArray()), compressedFlag: 1),
            new Dictionary<string, string> { ["grpc-encoding"] = "gzip" });
        Assert.Equal(StatusCode.OK, answer.Code);
    }

    [Fact]
    public async Task A_small_gzip_body_that_inflates_past_the_limit_is_resource_exhausted()
    {
        var bomb = Gzip(new GetMemberStateRequest { Code = new string('A', 1_000_000) }.ToByteArray());
        Assert.True(bomb.Length < 65_536);
        var answer = await PostAsync(RawGrpc.Frame(bomb, compressedFlag: 1), new Dictionary<string, string> { ["grpc-encoding"] = "gzip" });
        Assert.Equal(StatusCode.ResourceExhausted, answer.Code);
        Assert.Equal("MESSAGE_TOO_LARGE", answer.Details?.GetDetail<ErrorInfo>()?.Reason);
    }

    [Fact]
    public async Task A_4_GiB_length_prefix_is_resource_exhausted_at_once()
    {
        var answer = await PostAsync(RawGrpc.Frame([0x0A, 0x02, (byte)'S', (byte)'G'], declaredLength: uint.MaxValue));
        Assert.Equal(StatusCode.ResourceExhausted, answer.Code);
        Assert.Equal("MESSAGE_TOO_LARGE", answer.Details?.GetDetail<ErrorInfo>()?.Reason);
    }

    [Fact]
    public async Task Random_bodies_are_never_unknown_or_internal()
    {
        var random = new Random(20261124);
        for (var i = 0; i < 200; i++)
        {
            var body = new byte[random.Next(0, 64)];
            random.NextBytes(body);
            // Half keep a valid header, so the random bytes reach the protobuf parser.
            var sent = i % 2 == 0 ? body : RawGrpc.Frame(body);
            var answer = await PostAsync(sent);
            Assert.True(answer.Code is not (StatusCode.Unknown or StatusCode.Internal),
                $"body {Convert.ToHexString(sent)} answered {answer.Code}: {answer.Message}");
        }
    }

    [Fact]
    public async Task The_server_streaming_watch_rejects_a_malformed_body_too()
    {
        AssertMalformed(await PostAsync(RawGrpc.Frame([0x08]), path: "/travelcorridor.membership.v1.MembershipService/WatchMembership"));
    }

    private static byte[] Gzip(byte[] data)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.SmallestSize))
        {
            gzip.Write(data);
        }
        return output.ToArray();
    }
}
