using Google.Protobuf;
using Grpc.Core;
using TravelCorridor.Clearance.V1;
using TravelCorridor.Hosting.Security;
using TravelCorridor.Testing;

namespace TravelCorridor.Clearance.Tests.Api;

/// <summary>
/// A manifest stream sent byte for byte: a frame that arrives whole but does not parse is that entry's error and
/// the stream goes on; a frame that cannot be read at all ends the stream with the unary calls' status,
/// INVALID_ARGUMENT MALFORMED_MESSAGE, after the answers to the entries before it — never INTERNAL.
/// </summary>
public sealed class ManifestFrameTests(ClearanceNodeFixture fixture) : IClassFixture<ClearanceNodeFixture>
{
    private const string Path = "/travelcorridor.clearance.v1.ClearanceService/ClearManifest";

    /// <summary>A protobuf varint that never ends: no message parses it.</summary>
    private static readonly byte[] Garbage = [0x08, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0x01];

    [Fact]
    public async Task An_entry_whose_frame_does_not_parse_gets_an_error_and_the_stream_goes_on()
    {
        var answer = await PostAsync([.. Entry("first"), .. RawGrpc.Frame(Garbage), .. Entry("third")]);

        Assert.Equal(StatusCode.OK, answer.Code);
        var answers = answer.Messages.Select(ClearManifestResponse.Parser.ParseFrom).ToList();
        Assert.Equal([0L, 1L, 2L], answers.Select(a => a.Index));
        Assert.NotNull(answers[0].Clearance);
        Assert.Equal("MALFORMED_MESSAGE", answers[1].Error.Reason);
        Assert.Equal((int)StatusCode.InvalidArgument, answers[1].Error.Code);
        Assert.Equal("third", answers[2].EntryReference);
        Assert.NotNull(answers[2].Clearance);
    }

    public static TheoryData<string, byte[], string?> UnreadableFrames => new()
    {
        { "compressed flag without an encoding", RawGrpc.Frame(Garbage, compressedFlag: 1), null },
        { "a compressed flag that is neither 0 nor 1", RawGrpc.Frame(Garbage, compressedFlag: 2), null },
        { "cut short", RawGrpc.Frame(Garbage, declaredLength: 100), null },
        { "a length of 4 GB", RawGrpc.Frame(Garbage, declaredLength: uint.MaxValue), null },
        { "garbage where gzip was announced", RawGrpc.Frame(Garbage, compressedFlag: 1), "gzip" },
    };

    [Theory]
    [MemberData(nameof(UnreadableFrames))]
    public async Task A_frame_that_cannot_be_read_ends_the_stream_as_malformed_after_the_answers_before_it(string what, byte[] frame, string? encoding)
    {
        var headers = encoding is null ? null : new Dictionary<string, string> { ["grpc-encoding"] = encoding };

        var answer = await PostAsync([.. Entry("first"), .. frame], headers);

        Assert.True(answer.Code == StatusCode.InvalidArgument, $"{what}: {answer.Code} {answer.Message}");
        Assert.Equal("MALFORMED_MESSAGE", answer.Details!.GetDetail<Google.Rpc.ErrorInfo>()!.Reason);
        Assert.Equal(0, ClearManifestResponse.Parser.ParseFrom(answer.Messages.Single()).Index);
    }

    [Fact]
    public async Task A_manifest_sent_as_grpc_json_is_malformed()
    {
        var answer = await PostAsync(Entry("first"), contentType: "application/grpc+json");

        Assert.Equal(StatusCode.InvalidArgument, answer.Code);
        Assert.Equal("MALFORMED_MESSAGE", answer.Details!.GetDetail<Google.Rpc.ErrorInfo>()!.Reason);
    }

    private static byte[] Entry(string reference) =>
        RawGrpc.Frame(new ClearManifestRequest { Application = Travellers.BusinessTrip(), EntryReference = reference });

    private Task<RawGrpcAnswer> PostAsync(byte[] body, Dictionary<string, string>? headers = null, string contentType = "application/grpc")
    {
        var all = new Dictionary<string, string>(headers ?? [])
        {
            ["authorization"] = $"Bearer {fixture.Node.Token(CorridorRoles.BorderOfficer, "SG")}",
        };
        return RawGrpc.PostAsync(fixture.Node.Address, Path, body, all, contentType);
    }
}
