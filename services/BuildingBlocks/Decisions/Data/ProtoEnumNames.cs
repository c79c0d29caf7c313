using Google.Protobuf.Reflection;

using TravelCorridor.Decisions.Validation;

namespace TravelCorridor.Decisions.Data;

/// <summary>
/// The names rules and corridor terms use for a proto enum's values: the proto name without the enum's
/// prefix (<c>DOCUMENT_TYPE_PASSPORT</c> → <c>PASSPORT</c>), none for <c>…_UNSPECIFIED</c> or a number the
/// enum does not define. Read from the descriptor once, so the proto stays the one place that spells them,
/// and kept in an array so a conversion finds a name without allocating a substring.
/// </summary>
internal sealed class ProtoEnumNames
{
    private const string Unspecified = "UNSPECIFIED";

    private readonly string?[] byNumber;

    public ProtoEnumNames(EnumDescriptor descriptor)
    {
        // buf's STANDARD lint makes every value carry the prefix that the zero value shows.
        var zero = descriptor.FindValueByNumber(0).Name;
        var prefix = zero.EndsWith(Unspecified, StringComparison.Ordinal) ? zero[..^Unspecified.Length] : "";
        var defined = descriptor.Values.Where(v => v.Number > 0).ToList();
        byNumber = new string?[defined.Count == 0 ? 1 : defined.Max(v => v.Number) + 1];
        foreach (var value in defined)
        {
            byNumber[value.Number] = string.Intern(value.Name[prefix.Length..]);
        }
        Listing = string.Join(", ", defined.Select(v => byNumber[v.Number]));
    }

    /// <summary>The defined names in number order, for messages: <c>PASSPORT, DIPLOMATIC_PASSPORT, …</c>.</summary>
    public string Listing { get; }

    public string? Of(int number) => (uint)number < (uint)byNumber.Length ? byNumber[number] : null;

    /// <summary>The number of a name; 0 (UNSPECIFIED) for a name the enum does not define.</summary>
    public int NumberOf(string name) => Math.Max(0, Array.IndexOf(byNumber, name));

    public static ProtoEnumNames In(FileDescriptor file, string enumName) =>
        new(file.EnumTypes.Single(e => e.Name == enumName));
}
