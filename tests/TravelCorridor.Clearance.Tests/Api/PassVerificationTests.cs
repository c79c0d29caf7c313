using System.Text;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Microsoft.Extensions.DependencyInjection;
using TravelCorridor.Clearance.Application;
using TravelCorridor.Clearance.Domain;
using TravelCorridor.Clearance.V1;
using TravelCorridor.Hosting.Security;
using TravelCorridor.Membership.V1;
using TravelCorridor.Signing;
using TravelCorridor.Testing;
using TravelCorridor.Type.V1;

namespace TravelCorridor.Clearance.Tests.Api;

/// <summary>
/// What a border officer at the destination needs from a pass: that it is the traveller's own, that nothing it
/// relied on was suspended since, that it has one spelling, and that the issuing node knows it.
/// </summary>
public sealed class PassVerificationTests(ClearanceNodeFixture fixture) : IClassFixture<ClearanceNodeFixture>
{
    [Fact]
    public async Task A_pass_is_valid_for_the_document_it_was_issued_for_and_refused_for_any_other()
    {
        var pass = (await fixture.ClearAsync(Travellers.BusinessTrip())).Pass;

        var own = await VerifyAsync(pass, "A12345678", "MY", "1985-07-14");
        var ownWithoutBirthDate = await VerifyAsync(pass, "A12345678", "MY");
        var otherNumber = await VerifyAsync(pass, "A12345679", "MY");
        var otherState = await VerifyAsync(pass, "A12345678", "SG");
        var otherBirthDate = await VerifyAsync(pass, "A12345678", "MY", "1985-07-15");

        Assert.True(own.Valid && own.HolderChecked, own.Message);
        Assert.True(ownWithoutBirthDate.Valid, ownWithoutBirthDate.Message);
        Assert.All([otherNumber, otherState, otherBirthDate], v => Assert.Equal(PassProblem.HolderMismatch, v.Problem));
        Assert.DoesNotContain("A12345678", Encoding.UTF8.GetString(Convert.FromBase64String(Pad(pass.Split('.')[1]))));
    }

    [Fact]
    public async Task A_presented_document_that_is_not_well_formed_is_refused_with_every_field_named()
    {
        var pass = (await fixture.ClearAsync(Travellers.BusinessTrip())).Pass;

        await RpcAssert.RejectsFields(() => fixture.Clearance.VerifyClearancePassAsync(new VerifyClearancePassRequest
        {
            Pass = pass, Presented = new PresentedDocument { Number = "a-1", IssuingState = "Malaysia", DateOfBirth = "14/07/1985" },
        }, fixture.Officer()).ResponseAsync, "presented.number", "presented.issuing_state", "presented.date_of_birth");
    }

    [Fact]
    public async Task A_high_s_spelling_of_a_valid_pass_is_malformed()
    {
        var pass = (await fixture.ClearAsync(Travellers.BusinessTrip())).Pass;

        var verdict = await VerifyAsync(LowSSignatures.Spelled(pass, low: false));

        Assert.Equal(PassProblem.Malformed, verdict.Problem);
        Assert.Contains("canonical", verdict.Message);
    }

    [Fact]
    public async Task A_pass_with_this_nodes_signature_but_no_clearance_in_its_audit_log_is_unknown()
    {
        var key = fixture.Node.Services.GetRequiredService<NodeClearanceKeys>().PassesKey;
        var now = DateTimeOffset.UtcNow;
        var holder = PassHolder.Bind("MY", "A12345678", "1985-07-14");
        var claims = new PassClaims(ClearanceIds.New(now), "SG", "ref", "MY", "SG", "ESSENTIAL_BUSINESS", now.AddMinutes(-1), now.AddDays(1),
            "SG", 0, holder.Salt, holder.Document, holder.DocumentAndBirth);

        var verdict = await VerifyAsync(CompactJws.Sign(key, claims.ToJson(), PassClaims.MediaType));

        Assert.Equal(PassProblem.UnknownClearance, verdict.Problem);
    }

    [Fact]
    public async Task A_pass_whose_claims_are_incomplete_says_which_are_missing()
    {
        var key = fixture.Node.Services.GetRequiredService<NodeClearanceKeys>().PassesKey;

        var verdict = await VerifyAsync(CompactJws.Sign(key, """{"clearanceId":"clr_x","issuer":"SG"}"""u8.ToArray(), PassClaims.MediaType));

        Assert.Equal(PassProblem.Malformed, verdict.Problem);
        Assert.Contains("lack travellerReference", verdict.Message);
        Assert.DoesNotContain("typ must be", verdict.Message);
    }

    [Fact]
    public async Task A_pass_with_a_repeated_claim_is_malformed()
    {
        var key = fixture.Node.Services.GetRequiredService<NodeClearanceKeys>().PassesKey;
        var valid = (await fixture.ClearAsync(Travellers.BusinessTrip())).Pass;
        var payload = Encoding.UTF8.GetString(Convert.FromBase64String(Pad(valid.Split('.')[1])));
        var twice = payload.Replace("\"destination\":\"SG\"", "\"destination\":\"SG\",\"destination\":\"BN\"");

        var verdict = await VerifyAsync(CompactJws.Sign(key, Encoding.UTF8.GetBytes(twice), PassClaims.MediaType));

        Assert.Equal(PassProblem.Malformed, verdict.Problem);
    }

    [Fact]
    public async Task Evidence_dated_after_the_decision_is_a_field_problem()
    {
        var application = Travellers.BusinessTrip();
        application.Health.Tests[0].SampleTime = Timestamp.FromDateTimeOffset(DateTimeOffset.UtcNow.AddHours(1));
        application.Health.Vaccinations[0].Date = DateTimeOffset.UtcNow.AddDays(3).ToString("yyyy-MM-dd");

        var status = await RpcAssert.FailsWith(StatusCode.InvalidArgument, () => fixture.ClearAsync(application), "INVALID_REQUEST");
        var violations = status!.GetDetail<Google.Rpc.BadRequest>()!.FieldViolations;

        Assert.Equal(["application.health.tests[0].sample_time", "application.health.vaccinations[0].date"],
            violations.Select(v => v.Field).Order());
        Assert.All(violations, v => Assert.Contains("in the future", v.Description));
    }

    [Fact]
    public async Task A_trip_arriving_beyond_the_lead_time_is_refused_naming_the_window()
    {
        var application = Travellers.BusinessTrip(departure: DateTimeOffset.UtcNow.AddDays(300));

        var status = await RpcAssert.FailsWith(StatusCode.FailedPrecondition, () => fixture.ClearAsync(application), "ARRIVAL_TOO_FAR_AHEAD");

        Assert.Contains("72 hours", status!.Message);
    }

    private async Task<VerifyClearancePassResponse> VerifyAsync(string pass, string? number = null, string? state = null, string? born = null)
    {
        var request = new VerifyClearancePassRequest { Pass = pass };
        if (number is not null)
        {
            request.Presented = new PresentedDocument { Number = number, IssuingState = state!, DateOfBirth = born ?? "" };
        }
        return await fixture.Clearance.VerifyClearancePassAsync(request, fixture.Officer());
    }

    private static string Pad(string base64Url)
    {
        var text = base64Url.Replace('-', '+').Replace('_', '/');
        return text.PadRight(text.Length + (4 - text.Length % 4) % 4, '=');
    }
}
