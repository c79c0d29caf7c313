using TravelCorridor.CertLogic;

namespace TravelCorridor.Decisions.Tests.Application;

internal static class DataAssert
{
    /// <summary>Same values and kinds, and the same keys in the same order (what a rule author sees when data is printed).</summary>
    public static void Equal(string expectedJson, CertLogicValue actual)
    {
        var expected = CertLogicValue.Parse(expectedJson);
        Assert.Equal(expected.ToJsonString(indented: true), actual.ToJsonString(indented: true));
        Assert.True(CertLogicValue.DeepEquals(expected, actual));
    }
}
