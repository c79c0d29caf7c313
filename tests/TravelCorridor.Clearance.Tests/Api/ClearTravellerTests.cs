using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Microsoft.EntityFrameworkCore;
using TravelCorridor.Clearance.Data;
using TravelCorridor.Clearance.V1;
using TravelCorridor.Eligibility.V1;
using TravelCorridor.Testing;
using TravelCorridor.Type.V1;

namespace TravelCorridor.Clearance.Tests.Api;

/// <summary>ClearTraveller on a lone node with the baseline rules: decisions, the audit log, passes, revocation.</summary>
public sealed class ClearTravellerTests(ClearanceNodeFixture fixture) : IClassFixture<ClearanceNodeFixture>
{
    [Fact]
    public async Task A_cleared_traveller_gets_the_same_decision_as_EvaluateEligibility_and_a_pass_that_verifies()
    {
        var application = Travellers.BusinessTrip();
        var evaluated = (await fixture.Eligibility.EvaluateEligibilityAsync(new EvaluateEligibilityRequest { Application = application },
            fixture.Officer())).Decision;

        var clearance = await fixture.ClearAsync(application);

        Assert.Equal(DecisionOutcome.Cleared, clearance.Decision.Outcome);
        Assert.Equal(evaluated, clearance.Decision);
        Assert.StartsWith("clr_", clearance.ClearanceId);
        Assert.Equal("SG", clearance.DecidingMember);
        Assert.DoesNotContain(application.Traveller.Document.Number, clearance.TravellerReference);
        Assert.NotEmpty(clearance.Pass);
        var verdict = await fixture.Clearance.VerifyClearancePassAsync(new VerifyClearancePassRequest { Pass = clearance.Pass }, fixture.Officer("MY"));
        Assert.True(verdict.Valid, verdict.Message);
        Assert.Equal(clearance.ClearanceId, verdict.Claims.ClearanceId);
        Assert.Equal(TravelPurpose.EssentialBusiness, verdict.Claims.Purpose);
        Assert.Equal(clearance.Decision.RuleSetVersion, verdict.Claims.RuleSetVersion);
    }

    [Fact]
    public async Task Referred_and_denied_travellers_get_no_pass()
    {
        var unvaccinated = Travellers.BusinessTrip();
        unvaccinated.Health.Vaccinations.Clear();
        var unsponsored = Travellers.BusinessTrip();
        unsponsored.Sponsor = null;

        var referred = await fixture.ClearAsync(unvaccinated);
        var denied = await fixture.ClearAsync(unsponsored);

        Assert.Equal(DecisionOutcome.Referred, referred.Decision.Outcome);
        Assert.Equal("", referred.Pass);
        Assert.Equal(DecisionOutcome.Denied, denied.Decision.Outcome);
        Assert.Equal("", denied.Pass);
    }

    [Fact]
    public async Task A_decision_is_in_the_audit_log_with_its_event_in_the_outbox_before_the_answer()
    {
        var clearance = await fixture.ClearAsync(Travellers.BusinessTrip());

        var stored = await fixture.Clearance.GetClearanceAsync(new GetClearanceRequest { ClearanceId = clearance.ClearanceId }, fixture.Officer());
        Assert.Equal(clearance, stored.Clearance);
        var events = await fixture.Node.QueryAsync<ClearanceDbContext, List<string>>(db => db.Outbox.Where(m => m.AggregateKey == "clearance:" + clearance.ClearanceId).Select(m => m.MessageType).ToListAsync());
        Assert.Equal(["TravelCorridor.Contracts.Clearance.TravellerCleared"], events);
    }

    [Fact]
    public async Task An_application_with_several_problems_is_refused_with_every_field_named()
    {
        var application = Travellers.BusinessTrip();
        application.Traveller.Document.Number = "";
        application.Trip.Destination = "XX";
        application.Trip.StayDays = -1;
        application.Trip.ArrivalTime = Timestamp.FromDateTimeOffset(application.Trip.DepartureTime.ToDateTimeOffset().AddHours(-1));

        await RpcAssert.RejectsFields(() => fixture.ClearAsync(application),
            "application.traveller.document.number", "application.trip.destination", "application.trip.stay_days", "application.trip.arrival_time");
    }

    [Fact]
    public async Task A_border_officer_of_another_member_may_not_clear_at_this_node_even_a_trip_of_their_own()
    {
        var status = await RpcAssert.FailsWith(StatusCode.PermissionDenied, () => fixture.ClearAsync(Travellers.BusinessTrip(), member: "MY"),
            "OFFICER_OF_ANOTHER_MEMBER");
        Assert.Contains("This is SG's node", status!.Message);
        var elsewhere = Travellers.BusinessTrip();
        elsewhere.Trip.Origin = "VN";
        elsewhere.Trip.Destination = "TH";
        await RpcAssert.FailsWith(StatusCode.PermissionDenied, () => fixture.ClearAsync(elsewhere, member: "VN"), "OFFICER_OF_ANOTHER_MEMBER");
    }

    [Fact]
    public async Task A_trip_this_nodes_member_is_no_part_of_is_not_cleared_here()
    {
        var application = Travellers.BusinessTrip();
        application.Trip.Destination = "TH";

        var status = await RpcAssert.FailsWith(StatusCode.PermissionDenied, () => fixture.ClearAsync(application), "NOT_YOUR_TRIP");
        Assert.Contains("SG's node clears only trips from or to SG", status!.Message);
    }

    [Fact]
    public async Task The_audit_log_names_the_officers_member_and_subject()
    {
        var clearance = await fixture.ClearAsync(Travellers.BusinessTrip());

        Assert.Equal("SG/test", clearance.DecidedBy);
    }

    [Fact]
    public async Task A_tampered_pass_is_refused_as_altered()
    {
        var pass = (await fixture.ClearAsync(Travellers.BusinessTrip())).Pass;
        var parts = pass.Split('.');
        var payload = System.Text.Encoding.UTF8.GetString(Convert.FromBase64String(Pad(parts[1])));
        var forged = payload.Replace("\"destination\":\"SG\"", "\"destination\":\"BN\"");
        var tampered = $"{parts[0]}.{Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(forged)).TrimEnd('=').Replace('+', '-').Replace('/', '_')}.{parts[2]}";

        var verdict = await fixture.Clearance.VerifyClearancePassAsync(new VerifyClearancePassRequest { Pass = tampered }, fixture.Officer());

        Assert.False(verdict.Valid);
        Assert.Equal(PassProblem.BadSignature, verdict.Problem);
        Assert.Equal("BN", verdict.Claims.Destination);
    }

    [Fact]
    public async Task A_revoked_clearance_is_marked_and_its_pass_fails_verification()
    {
        var clearance = await fixture.ClearAsync(Travellers.BusinessTrip());

        var revoked = await fixture.Clearance.RevokeClearanceAsync(
            new RevokeClearanceRequest { ClearanceId = clearance.ClearanceId, Reason = "document reported stolen" }, fixture.Officer());
        var verdict = await fixture.Clearance.VerifyClearancePassAsync(new VerifyClearancePassRequest { Pass = clearance.Pass }, fixture.Officer());

        Assert.NotNull(revoked.Clearance.RevokedAt);
        Assert.Equal("document reported stolen", revoked.Clearance.RevocationReason);
        Assert.Equal(PassProblem.Revoked, verdict.Problem);
        await RpcAssert.FailsWith(StatusCode.FailedPrecondition, () => fixture.Clearance.RevokeClearanceAsync(
            new RevokeClearanceRequest { ClearanceId = clearance.ClearanceId, Reason = "twice" }, fixture.Officer()).ResponseAsync, "ALREADY_REVOKED");
    }

    [Fact]
    public async Task Garbage_is_a_malformed_pass_not_an_error()
    {
        var verdict = await fixture.Clearance.VerifyClearancePassAsync(new VerifyClearancePassRequest { Pass = "not.a.pass" }, fixture.Officer());

        Assert.False(verdict.Valid);
        Assert.Equal(PassProblem.Malformed, verdict.Problem);
    }

    private static string Pad(string base64Url)
    {
        var text = base64Url.Replace('-', '+').Replace('_', '/');
        return text.PadRight(text.Length + (4 - text.Length % 4) % 4, '=');
    }
}
