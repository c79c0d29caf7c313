using static TravelCorridor.Decisions.Validation.ApplicationLimits;

namespace TravelCorridor.Decisions.Validation;

/// <summary>
/// Every field path the application checks can report, under one root (<c>application</c>,
/// <c>cases[2].application</c>). The checks run on every decision and nearly every application is valid,
/// so the paths are built once and kept for the common root instead of being joined per call (some
/// forty strings a decision, a measurable share of <c>EvaluateEligibility</c>).
/// </summary>
internal sealed class ApplicationFieldPaths
{
    private static readonly ApplicationFieldPaths Common = new("application");

    private readonly EntryPaths?[] tests = new EntryPaths?[MaxTests];
    private readonly EntryPaths?[] vaccinations = new EntryPaths?[MaxVaccinations];

    private ApplicationFieldPaths(string root)
    {
        Root = root;
        Traveller = root + ".traveller";
        Document = Traveller + ".document";
        DocumentType = Document + ".type";
        DocumentNumber = Document + ".number";
        DocumentIssuingState = Document + ".issuing_state";
        DocumentExpiryDate = Document + ".expiry_date";
        Nationality = Traveller + ".nationality";
        DateOfBirth = Traveller + ".date_of_birth";
        GivenNames = Traveller + ".given_names";
        FamilyName = Traveller + ".family_name";
        Trip = root + ".trip";
        Origin = Trip + ".origin";
        Destination = Trip + ".destination";
        Purpose = Trip + ".purpose";
        DepartureTime = Trip + ".departure_time";
        ArrivalTime = Trip + ".arrival_time";
        StayDays = Trip + ".stay_days";
        PointOfEntry = Trip + ".point_of_entry";
        DaysInOriginBeforeDeparture = Trip + ".days_in_origin_before_departure";
        SponsorOrganisation = root + ".sponsor.organisation";
        SponsorReference = root + ".sponsor.reference";
        Tests = root + ".health.tests";
        Vaccinations = root + ".health.vaccinations";
        CoverageAmount = root + ".insurance.coverage_amount";
        Currency = root + ".insurance.currency";
        ValidUntil = root + ".insurance.valid_until";
    }

    public string Root { get; }
    public string Traveller { get; }
    public string Document { get; }
    public string DocumentType { get; }
    public string DocumentNumber { get; }
    public string DocumentIssuingState { get; }
    public string DocumentExpiryDate { get; }
    public string Nationality { get; }
    public string DateOfBirth { get; }
    public string GivenNames { get; }
    public string FamilyName { get; }
    public string Trip { get; }
    public string Origin { get; }
    public string Destination { get; }
    public string Purpose { get; }
    public string DepartureTime { get; }
    public string ArrivalTime { get; }
    public string StayDays { get; }
    public string PointOfEntry { get; }
    public string DaysInOriginBeforeDeparture { get; }
    public string SponsorOrganisation { get; }
    public string SponsorReference { get; }
    public string Tests { get; }
    public string Vaccinations { get; }
    public string CoverageAmount { get; }
    public string Currency { get; }
    public string ValidUntil { get; }

    public static ApplicationFieldPaths For(string root) => root == Common.Root ? Common : new ApplicationFieldPaths(root);

    /// <summary>The paths of <c>health.tests[index]</c>; index is below <see cref="ApplicationLimits.MaxTests"/>.</summary>
    public EntryPaths Test(int index) => Entry(tests, Tests, index);

    /// <summary>The paths of <c>health.vaccinations[index]</c>; index is below <see cref="ApplicationLimits.MaxVaccinations"/>.</summary>
    public EntryPaths Vaccination(int index) => Entry(vaccinations, Vaccinations, index);

    // Two callers building the same entry at once both get equal paths; whichever is stored is kept.
    private static EntryPaths Entry(EntryPaths?[] built, string list, int index) =>
        built[index] ??= new EntryPaths($"{list}[{index}]");

    /// <summary>One entry of a list, with the fields its checks name.</summary>
    internal sealed class EntryPaths(string entry)
    {
        public string Type { get; } = entry + ".type";
        public string Result { get; } = entry + ".result";
        public string SampleTime { get; } = entry + ".sample_time";
        public string Product { get; } = entry + ".product";
        public string DoseNumber { get; } = entry + ".dose_number";
        public string TotalDoses { get; } = entry + ".total_doses";
        public string Date { get; } = entry + ".date";
    }
}
