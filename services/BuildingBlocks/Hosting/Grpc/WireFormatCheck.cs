using System.Text.Unicode;
using Google.Protobuf.Reflection;

namespace TravelCorridor.Hosting.Grpc;

/// <summary>
/// Whether Google.Protobuf would parse a message's bytes, found by walking them against the message's
/// descriptor without building anything. The request-body check must know this for every call before
/// gRPC parses the same bytes, and parsing twice cost a tenth of a small call (a whole second set of
/// messages and strings to collect).
/// </summary>
/// <remarks>
/// It refuses what the parser refuses: a zero field number, wire types 6 and 7, a varint over 10 bytes,
/// a negative length, anything running past its end, an end-group tag outside its group or naming another
/// field, invalid UTF-8 in a string field the message declares (unknown fields are not decoded), packed
/// values that do not fill their length, and nesting deeper than <see cref="RecursionLimit"/>. A field
/// whose wire type does not match its declaration is skipped as an unknown field, as the generated code
/// does. It may only ever be stricter than the parser, never looser: a caller confirms a refusal with
/// the parser (which also supplies the reason), so a stricter answer costs time, not correctness.
/// </remarks>
internal static class WireFormatCheck
{
    /// <summary>Google.Protobuf's default recursion limit (<c>CodedInputStream.DefaultRecursionLimit</c>).</summary>
    public const int RecursionLimit = 100;

    private const int Varint = 0, Fixed64 = 1, LengthDelimited = 2, StartGroup = 3, EndGroup = 4, Fixed32 = 5;
    private const int MaxVarintBytes = 10;

    public static bool IsValid(MessageDescriptor descriptor, ReadOnlySpan<byte> bytes)
    {
        var reader = new Reader(bytes);
        return Message(ref reader, bytes.Length, descriptor, depth: 0);
    }

    private static bool Message(ref Reader r, int end, MessageDescriptor descriptor, int depth)
    {
        while (r.Position < end)
        {
            if (!r.Tag(end, out var number, out var wireType))
            {
                return false;
            }
            if (descriptor.FindFieldByNumber(number) is { } field && Declared(field, wireType) is { } shape)
            {
                if (!Value(ref r, end, field, shape, depth))
                {
                    return false;
                }
            }
            else if (!Unknown(ref r, end, number, wireType, depth))
            {
                return false;
            }
        }
        return true;
    }

    private enum Shape { Scalar, Packed, Text, Bytes, Message }

    /// <summary>How the generated code reads this field with this wire type; null when it treats it as unknown.</summary>
    private static Shape? Declared(FieldDescriptor field, int wireType)
    {
        var scalarWireType = field.FieldType switch
        {
            FieldType.String or FieldType.Bytes or FieldType.Message or FieldType.Group => -1,
            FieldType.Fixed64 or FieldType.SFixed64 or FieldType.Double => Fixed64,
            FieldType.Fixed32 or FieldType.SFixed32 or FieldType.Float => Fixed32,
            _ => Varint,
        };
        if (scalarWireType >= 0)
        {
            return wireType == scalarWireType ? Shape.Scalar
                : wireType == LengthDelimited && field.IsRepeated ? Shape.Packed
                : null;
        }
        return wireType != LengthDelimited ? null : field.FieldType switch
        {
            FieldType.String => Shape.Text,
            FieldType.Bytes => Shape.Bytes,
            FieldType.Message => Shape.Message,
            _ => null, // a proto2 group sent length-delimited is unknown to the generated code
        };
    }

    private static bool Value(ref Reader r, int end, FieldDescriptor field, Shape shape, int depth)
    {
        if (shape == Shape.Scalar)
        {
            return r.SkipScalar(end, ScalarWireType(field));
        }
        if (shape == Shape.Packed)
        {
            return Packed(ref r, end, field);
        }
        if (!r.Length(end, out var length))
        {
            return false;
        }
        var valueEnd = r.Position + length;
        switch (shape)
        {
            case Shape.Text:
                if (!Utf8.IsValid(r.Bytes.Slice(r.Position, length)))
                {
                    return false;
                }
                break;
            case Shape.Message:
                return depth < RecursionLimit && Message(ref r, valueEnd, field.MessageType, depth + 1);
        }
        r.Position = valueEnd;
        return true;
    }

    /// <summary>
    /// Packed values, which must fill their length exactly. A length of zero or less (the low 32 bits of its
    /// varint, as a signed number) is an empty field to the parser, not an error, and so it is here.
    /// </summary>
    private static bool Packed(ref Reader r, int end, FieldDescriptor field)
    {
        if (!r.SignedLength(end, out var length))
        {
            return false;
        }
        if (length <= 0)
        {
            return true;
        }
        if (length > end - r.Position)
        {
            return false;
        }
        var valueEnd = r.Position + length;
        var wireType = ScalarWireType(field);
        while (r.Position < valueEnd)
        {
            if (!r.SkipScalar(valueEnd, wireType))
            {
                return false;
            }
        }
        return true;
    }

    private static int ScalarWireType(FieldDescriptor field) => field.FieldType switch
    {
        FieldType.Fixed64 or FieldType.SFixed64 or FieldType.Double => Fixed64,
        FieldType.Fixed32 or FieldType.SFixed32 or FieldType.Float => Fixed32,
        _ => Varint,
    };

    /// <summary>A field the message does not declare (or not with this wire type): skipped, groups walked to their end tag.</summary>
    private static bool Unknown(ref Reader r, int end, int number, int wireType, int depth)
    {
        switch (wireType)
        {
            case Varint or Fixed64 or Fixed32:
                return r.SkipScalar(end, wireType);
            case LengthDelimited:
                if (!r.Length(end, out var length))
                {
                    return false;
                }
                r.Position += length;
                return true;
            case StartGroup:
                return depth < RecursionLimit && Group(ref r, end, number, depth + 1);
            default:
                return false; // an end-group tag outside a group, or wire type 6 or 7
        }
    }

    private static bool Group(ref Reader r, int end, int groupNumber, int depth)
    {
        while (r.Position < end)
        {
            if (!r.Tag(end, out var number, out var wireType))
            {
                return false;
            }
            if (wireType == EndGroup)
            {
                return number == groupNumber;
            }
            if (!Unknown(ref r, end, number, wireType, depth))
            {
                return false;
            }
        }
        return false; // the group never ended
    }

    private ref struct Reader(ReadOnlySpan<byte> bytes)
    {
        public readonly ReadOnlySpan<byte> Bytes = bytes;
        public int Position;

        /// <summary>A tag as the parser reads it: the low 32 bits of its varint, field number not zero.</summary>
        public bool Tag(int end, out int number, out int wireType)
        {
            number = wireType = 0;
            if (!Varint(end, out var value))
            {
                return false;
            }
            var tag = (uint)value;
            number = (int)(tag >> 3);
            wireType = (int)(tag & 7);
            return number != 0;
        }

        /// <summary>A length as the parser reads it (the low 32 bits, as a signed number), within <paramref name="end"/>.</summary>
        public bool Length(int end, out int length) =>
            SignedLength(end, out length) && length >= 0 && length <= end - Position;

        /// <summary>A length as the parser reads it, whatever its sign and size; false only when its varint is malformed.</summary>
        public bool SignedLength(int end, out int length)
        {
            length = 0;
            if (!Varint(end, out var value))
            {
                return false;
            }
            length = (int)(uint)value;
            return true;
        }

        public bool SkipScalar(int end, int wireType)
        {
            var size = wireType switch { Fixed64 => 8, Fixed32 => 4, _ => 0 };
            if (size == 0)
            {
                return Varint(end, out _);
            }
            if (end - Position < size)
            {
                return false;
            }
            Position += size;
            return true;
        }

        private bool Varint(int end, out ulong value)
        {
            value = 0;
            for (var i = 0; i < MaxVarintBytes && Position < end; i++)
            {
                var b = Bytes[Position++];
                value |= (ulong)(b & 0x7F) << (7 * i);
                if (b < 0x80)
                {
                    return true;
                }
            }
            return false; // ran past the end, or an eleventh byte would follow
        }
    }
}
