using Google.Protobuf;

namespace TravelCorridor.Corridorctl.Remote;

/// <summary>
/// <c>--output json</c>: what the node answered, as proto3 JSON (camelCase fields, enum names, every field), one
/// document per command: an object for one item, an array for a list (every page of it).
/// </summary>
internal static class ProtoJson
{
    private static readonly JsonFormatter Formatter = new(JsonFormatter.Settings.Default.WithFormatDefaultValues(true));

    public static void Write(TextWriter output, IMessage message) => output.WriteLine(Formatter.Format(message));

    public static void WriteList(TextWriter output, IEnumerable<IMessage> items) =>
        output.WriteLine("[" + string.Join(",\n", items.Select(item => Formatter.Format(item))) + "]");
}
