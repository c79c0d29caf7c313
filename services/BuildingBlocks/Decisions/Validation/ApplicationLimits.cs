using TravelCorridor.Decisions.Data;

namespace TravelCorridor.Decisions.Validation;

/// <summary>The bounds traveller_application.proto states, in one place for the checks and their tests.</summary>
public static class ApplicationLimits
{
    /// <summary>Any text the proto does not bound otherwise.</summary>
    public const int MaxTextLength = 100;
    public const int MaxDocumentNumberLength = 20;
    public const int MaxPointOfEntryLength = 64;
    public const int MaxStayDays = 3_650;
    public const int MaxDaysInOriginBeforeDeparture = 36_500;
    public const int MaxTestTypeLength = 32;
    public const int MaxProductLength = 64;
    public const int MaxTests = 20;
    public const int MaxVaccinations = 20;
    public const int MinDose = 1;
    public const int MaxDose = 9;
    public const long MaxCoverageAmount = 1_000_000_000;

    /// <summary>
    /// How far after the decision health evidence may be dated: the clocks of a testing laboratory, a border
    /// post and a node never agree exactly. Evidence dated later than this is refused as a field problem.
    /// </summary>
    public static readonly TimeSpan EvidenceClockSkew = TimeSpan.FromMinutes(5);
}
