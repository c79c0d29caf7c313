using CsCheck;
using Google.Protobuf;
using Google.Protobuf.Reflection;
using Google.Protobuf.WellKnownTypes;
using TravelCorridor.Eligibility.V1;
using TravelCorridor.Hosting.Grpc;
using TravelCorridor.Membership.V1;
using TravelCorridor.Testing;
using TravelCorridor.Type.V1;

namespace TravelCorridor.Hosting.Tests;

/// <summary>
/// The request-body check walks a message's bytes instead of parsing them; the walk must refuse exactly
/// what Google.Protobuf's parser refuses, or a message the walk passes would reach gRPC's parser and fail
/// there as UNKNOWN. Valid messages of several shapes (nested messages, packed enums, repeated strings,
/// timestamps) are damaged at random and both are asked.
/// </summary>
public sealed class WireFormatCheckTests
{
    private static readonly (MessageDescriptor Descriptor, MessageParser Parser, byte[] Bytes)[] Seeds =
    [
        Seed(EvaluateEligibilityRequest.Descriptor, EvaluateEligibilityRequest.Parser, new EvaluateEligibilityRequest
        {
            Application = Application(),
            EvaluationTime = Timestamp.FromDateTimeOffset(new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.Zero)),
            LanguageCode = "ms",
        }),
        Seed(TestRuleSetRequest.Descriptor, TestRuleSetRequest.Parser, new TestRuleSetRequest
        {
            Cases = { new RuleSetTestCase { Name = "both", Application = Application(), ExpectedOutcome = DecisionOutcome.Cleared } },
        }),
        Seed(ProposeCorridorRequest.Descriptor, ProposeCorridorRequest.Parser, new ProposeCorridorRequest
        {
            ProposingMember = "MY",
            PartnerMember = "SG",
            Purposes = { TravelPurpose.EssentialBusiness, TravelPurpose.Official, (TravelPurpose)300 },
            MaxStayDays = 14,
        }),
    ];

    /// <summary>Wire types, group tags, a continuation bit, UTF-8 lead bytes and surrogate starts.</summary>
    private static readonly byte[] MeaningfulBytes = [0x00, 0x02, 0x03, 0x04, 0x06, 0x07, 0x0C, 0x80, 0xFF, 0xC3, 0xED, 0xF8];

    [Fact]
    public void Valid_messages_pass_the_walk()
    {
        foreach (var (descriptor, _, bytes) in Seeds)
        {
            Assert.True(WireFormatCheck.IsValid(descriptor, bytes), descriptor.FullName);
        }
    }

    [Fact]
    public void Damaged_messages_are_refused_by_the_walk_exactly_when_the_parser_refuses_them()
    {
        var damage = Gen.OneOf(
            // one byte replaced, often by a value with meaning on the wire
            Gen.Select(Gen.Int[0, 4_000], Gen.OneOf(Gen.OneOf(MeaningfulBytes), Gen.Byte))
                .Select(p => (Func<byte[], byte[]>)(b => Replace(b, p.Item1, p.Item2))),
            // cut short
            Gen.Int[0, 4_000].Select(at => (Func<byte[], byte[]>)(b => b[..(at % (b.Length + 1))])),
            // random bytes inserted
            Gen.Select(Gen.Int[0, 4_000], Gen.Byte.Array[1, 12]).Select(p => (Func<byte[], byte[]>)(b => Insert(b, p.Item1, p.Item2))));
        Gen.Select(Gen.Int[0, Seeds.Length - 1], damage.Array[1, 4]).Sample((seed, edits) =>
        {
            var (descriptor, parser, bytes) = Seeds[seed];
            var damaged = edits.Aggregate(bytes, (b, edit) => edit(b));
            Assert.True(Parses(parser, damaged) == WireFormatCheck.IsValid(descriptor, damaged), $"{descriptor.Name} {Convert.ToHexString(damaged)}");
        }, iter: 20_000);
    }

    [Theory]
    [InlineData("00", false)]                          // field number zero
    [InlineData("0E", false)]                          // wire type 6
    [InlineData("0C", false)]                          // an end-group tag with no group
    [InlineData("0B0C", true)]                         // an empty unknown group
    [InlineData("0B14", false)]                        // a group ended by another field's tag
    [InlineData("0B", false)]                          // a group that never ends
    [InlineData("08FFFFFFFFFFFFFFFFFF01", true)]       // a ten-byte varint
    [InlineData("08FFFFFFFFFFFFFFFFFFFF01", false)]    // an eleven-byte varint
    [InlineData("0AFFFFFFFF0F", false)]                // a negative length
    [InlineData("0A02C328", false)]                    // invalid UTF-8 in a declared string field
    [InlineData("FA0102C328", true)]                   // invalid UTF-8 in an unknown field is not decoded
    [InlineData("1A03010203", true)]                   // packed enum values
    [InlineData("1A0201", false)]                      // packed values shorter than their length
    [InlineData("1AC092E5D2EAEDCA74", true)]           // a packed length negative in its low 32 bits: an empty field to the parser
    [InlineData("1A00", true)]                         // an empty packed field
    public void Edge_cases_agree_with_the_parser(string hex, bool valid)
    {
        var bytes = Convert.FromHexString(hex);
        Assert.Equal(valid, Parses(ProposeCorridorRequest.Parser, bytes));
        Assert.Equal(valid, WireFormatCheck.IsValid(ProposeCorridorRequest.Descriptor, bytes));
    }

    [Fact]
    public void Nesting_is_refused_where_the_parser_stops()
    {
        foreach (var depth in new[] { WireFormatCheck.RecursionLimit, WireFormatCheck.RecursionLimit + 1 })
        {
            // Unknown groups inside unknown groups: field 15, start tag 0x7B, end tag 0x7C.
            var bytes = Enumerable.Repeat((byte)0x7B, depth).Concat(Enumerable.Repeat((byte)0x7C, depth)).ToArray();
            Assert.Equal(Parses(ProposeCorridorRequest.Parser, bytes), WireFormatCheck.IsValid(ProposeCorridorRequest.Descriptor, bytes));
        }
    }

    private static bool Parses(MessageParser parser, byte[] bytes)
    {
        try
        {
            parser.ParseFrom(bytes);
            return true;
        }
        catch (InvalidProtocolBufferException)
        {
            return false;
        }
    }

    private static (MessageDescriptor, MessageParser, byte[]) Seed(MessageDescriptor descriptor, MessageParser parser, IMessage message) =>
        (descriptor, parser, message.ToByteArray());

    private static byte[] Replace(byte[] bytes, int at, byte value)
    {
        if (bytes.Length == 0)
        {
            return bytes;
        }
        var copy = (byte[])bytes.Clone();
        copy[at % copy.Length] = value;
        return copy;
    }

    private static byte[] Insert(byte[] bytes, int at, byte[] inserted)
    {
        var i = at % (bytes.Length + 1);
        return [.. bytes[..i], .. inserted, .. bytes[i..]];
    }

    private static TravellerApplication Application()
    {
        var application = Travellers.BusinessTrip();
        application.Trip.ArrivalTime.Nanos = 5;
        application.Insurance = new Insurance { CoverageAmount = 30000, Currency = "SGD", ValidUntil = "2026-12-31" };
        return application;
    }
}
