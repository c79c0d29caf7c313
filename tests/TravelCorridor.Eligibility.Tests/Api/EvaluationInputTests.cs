using Google.Protobuf.WellKnownTypes;
using Google.Rpc;
using Grpc.Core;
using TravelCorridor.Eligibility.Tests.Support;
using TravelCorridor.Eligibility.V1;
using TravelCorridor.Hosting.Security;
using TravelCorridor.Testing;

namespace TravelCorridor.Eligibility.Tests.Api;

/// <summary>Who may ask for a decision, and what a malformed application gets back.</summary>
public sealed class EvaluationInputTests(DecisionNodeFixture fixture) : IClassFixture<DecisionNodeFixture>
{
    [Fact]
    public async Task A_decision_needs_a_token_because_applications_carry_personal_data()
    {
        await RpcAssert.FailsWith(StatusCode.Unauthenticated, () => fixture.Eligibility.EvaluateEligibilityAsync(
            new EvaluateEligibilityRequest { Application = Travellers.BusinessTrip() }).ResponseAsync);
    }

    [Fact]
    public async Task Rule_sets_are_public_to_read()
    {
        var ruleSet = await fixture.Eligibility.GetActiveRuleSetAsync(new GetActiveRuleSetRequest
        {
            Member = "SG", Time = Timestamp.FromDateTimeOffset(DateTimeOffset.UtcNow.AddDays(1)),
        });

        Assert.Equal(1, ruleSet.RuleSet.Version);
    }

    [Fact]
    public async Task A_malformed_application_lists_every_violation()
    {
        var application = Travellers.BusinessTrip();
        application.Traveller.Document.Number = "";
        application.Trip.Origin = "XX";
        application.Trip.StayDays = -1;
        application.Trip.ArrivalTime = Timestamp.FromDateTimeOffset(application.Trip.DepartureTime.ToDateTimeOffset().AddHours(-1));

        var status = await RpcAssert.FailsWith(StatusCode.InvalidArgument, () => fixture.Eligibility.EvaluateEligibilityAsync(
            new EvaluateEligibilityRequest { Application = application, LanguageCode = "Malay" }, fixture.Node.As(CorridorRoles.Observer)).ResponseAsync,
            "INVALID_REQUEST");

        var fields = status!.GetDetail<BadRequest>().FieldViolations.Select(v => v.Field).ToList();
        Assert.Contains("application.traveller.document.number", fields);
        Assert.Contains("application.trip.origin", fields);
        Assert.Contains("application.trip.stay_days", fields);
        Assert.Contains("application.trip.arrival_time", fields);
        Assert.Contains("language_code", fields);
    }

    [Fact]
    public async Task A_missing_application_is_an_invalid_argument_not_an_internal_error()
    {
        await RpcAssert.RejectsFields(() => fixture.Eligibility.EvaluateEligibilityAsync(new EvaluateEligibilityRequest(),
            fixture.Node.As(CorridorRoles.Observer)).ResponseAsync, "application");
    }
}
