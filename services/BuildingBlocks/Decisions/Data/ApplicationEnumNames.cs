using TravelCorridor.Type.V1;

namespace TravelCorridor.Decisions.Data;

/// <summary>The names of the application's own enums as rules read them (<c>PASSPORT</c>, <c>NEGATIVE</c>).</summary>
internal static class ApplicationEnumNames
{
    public static readonly ProtoEnumNames DocumentTypes =
        ProtoEnumNames.In(TravellerApplicationReflection.Descriptor, nameof(DocumentType));

    public static readonly ProtoEnumNames TestResults =
        ProtoEnumNames.In(TravellerApplicationReflection.Descriptor, nameof(TestResult));
}
