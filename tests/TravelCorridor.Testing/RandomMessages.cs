using Google.Protobuf;
using Google.Protobuf.Reflection;

namespace TravelCorridor.Testing;

/// <summary>
/// Well-formed protobuf messages of a given type with hostile values, written field by field from the
/// descriptor: unknown enum numbers, timestamps outside 0001–9999, extreme numbers, empty, long and odd strings,
/// several members of one oneof, repeated and map fields with several entries. What a client that ignores the
/// API's documentation may send, so every value reaches the service's own checks and handlers.
/// </summary>
public static class RandomMessages
{
    /// <summary>Values that mean something to this API, so random requests sometimes reach deep.</summary>
    private static readonly string[] Plausible =
    [
        "", "SG", "VN", "MY", "TH", "XX", "sg", "MY-SG", "SG-VN", "1", "0", "-1", "2026-12-07", "2026-12-07T10:00:00Z",
        "{}", "[]", "{\"===\":[1,1]}", "null", "en", "ms", "p", "SG-node-0", "corridor-admin", " ", "\u0000", "é", "𝔘",
        "../../etc/passwd", "%00", "a/b", "*",
    ];

    private static readonly long[] Numbers =
        [0, 1, -1, 2, 7, 14, 100, 1_000, int.MaxValue, int.MinValue, uint.MaxValue, long.MaxValue, long.MinValue, 253_402_300_800, -62_135_596_801];

    public static byte[] Create(MessageDescriptor descriptor, Random random)
    {
        using var buffer = new MemoryStream();
        var output = new CodedOutputStream(buffer);
        Write(descriptor, random, output, depth: 0);
        output.Flush();
        return buffer.ToArray();
    }

    private static void Write(MessageDescriptor descriptor, Random random, CodedOutputStream output, int depth)
    {
        foreach (var field in descriptor.Fields.InFieldNumberOrder())
        {
            if (random.NextDouble() < 0.35)
            {
                continue;
            }
            var count = field.IsRepeated ? random.Next(0, depth < 2 ? 4 : 2) : 1;
            for (var i = 0; i < count; i++)
            {
                WriteValue(field, random, output, depth);
            }
        }
    }

    private static void WriteValue(FieldDescriptor field, Random random, CodedOutputStream output, int depth)
    {
        switch (field.FieldType)
        {
            case FieldType.String:
                output.WriteTag(field.FieldNumber, WireFormat.WireType.LengthDelimited);
                output.WriteString(RandomString(random));
                break;
            case FieldType.Bytes:
                var bytes = new byte[random.Next(0, 80)];
                random.NextBytes(bytes);
                output.WriteTag(field.FieldNumber, WireFormat.WireType.LengthDelimited);
                output.WriteBytes(ByteString.CopyFrom(bytes));
                break;
            case FieldType.Bool:
                output.WriteTag(field.FieldNumber, WireFormat.WireType.Varint);
                output.WriteBool(random.Next(2) == 0);
                break;
            case FieldType.Enum:
                var values = field.EnumType.Values;
                output.WriteTag(field.FieldNumber, WireFormat.WireType.Varint);
                output.WriteEnum(random.Next(4) == 0 ? random.Next(-2, 1000) : values[random.Next(values.Count)].Number);
                break;
            case FieldType.Int32 or FieldType.Int64 or FieldType.UInt32 or FieldType.UInt64 or FieldType.SInt32 or FieldType.SInt64:
                output.WriteTag(field.FieldNumber, WireFormat.WireType.Varint);
                var number = RandomNumber(random);
                if (field.FieldType is FieldType.SInt32 or FieldType.SInt64)
                {
                    output.WriteSInt64(number);
                }
                else
                {
                    output.WriteInt64(field.FieldType is FieldType.Int32 or FieldType.UInt32 ? (int)number : number);
                }
                break;
            case FieldType.Fixed32 or FieldType.SFixed32 or FieldType.Float:
                output.WriteTag(field.FieldNumber, WireFormat.WireType.Fixed32);
                output.WriteFixed32((uint)random.Next());
                break;
            case FieldType.Fixed64 or FieldType.SFixed64 or FieldType.Double:
                output.WriteTag(field.FieldNumber, WireFormat.WireType.Fixed64);
                output.WriteFixed64(field.FieldType == FieldType.Double ? (ulong)BitConverter.DoubleToInt64Bits(RandomDouble(random)) : (ulong)RandomNumber(random));
                break;
            case FieldType.Message when depth < 5:
                output.WriteTag(field.FieldNumber, WireFormat.WireType.LengthDelimited);
                output.WriteBytes(ByteString.CopyFrom(NestedBytes(field.MessageType, random, depth + 1)));
                break;
        }
    }

    private static byte[] NestedBytes(MessageDescriptor descriptor, Random random, int depth)
    {
        using var buffer = new MemoryStream();
        var output = new CodedOutputStream(buffer);
        Write(descriptor, random, output, depth);
        output.Flush();
        return buffer.ToArray();
    }

    private static long RandomNumber(Random random) =>
        random.Next(3) == 0 ? random.NextInt64(-100_000, 100_000) : Numbers[random.Next(Numbers.Length)];

    private static double RandomDouble(Random random) =>
        random.Next(5) switch
        {
            0 => double.NaN,
            1 => double.PositiveInfinity,
            2 => -0.0,
            3 => double.MaxValue,
            _ => random.NextDouble() * 1000,
        };

    private static int NonSurrogate(int codePoint) => codePoint is >= 0xD800 and < 0xE000 ? 0x1F600 : codePoint;

    private static string RandomString(Random random) =>
        random.Next(6) switch
        {
            0 => new string((char)random.Next('A', 'Z' + 1), random.Next(0, 20_000)),
            1 => string.Concat(Enumerable.Range(0, random.Next(0, 40)).Select(_ => (char)random.Next(0x20, 0x7F))),
            2 => string.Concat(Enumerable.Range(0, random.Next(0, 20)).Select(_ => char.ConvertFromUtf32(NonSurrogate(random.Next(0x80, 0x10000))))),
            _ => Plausible[random.Next(Plausible.Length)],
        };
}
