using Google.Protobuf;
using Microsoft.Extensions.Options;
using TravelCorridor.Clearance.Domain;
using TravelCorridor.Contracts.Clearance;
using TravelCorridor.Decisions.Data;
using TravelCorridor.Decisions.Judging;
using TravelCorridor.Decisions.Mapping;
using TravelCorridor.Decisions.Validation;
using TravelCorridor.Kernel;
using TravelCorridor.Kernel.Errors;
using TravelCorridor.MembershipSnapshot;
using TravelCorridor.Messaging;
using TravelCorridor.Persistence;
using TravelCorridor.Signing;
using TravelCorridor.Validation;
using TravellerApplication = TravelCorridor.Type.V1.TravellerApplication;

namespace TravelCorridor.Clearance.Application;

/// <summary>
/// Clears one traveller: checks the application (the validator eligibility uses), lets only a border
/// officer of this node's member ask, and only for a trip from or to that member (so a pass is signed only by
/// a node of a member of the trip, and each decision lands in the audit log of the member it concerns), decides with eligibility's decider (so
/// <c>EvaluateEligibility</c> and <c>ClearTraveller</c> give the same decision), signs a pass for a
/// cleared traveller and records the decision with its event before answering.
/// </summary>
public sealed class ClearanceDesk(
    EligibilityDecider decider,
    IMembershipSnapshot membership,
    NodeClearanceKeys keys,
    IClearanceRecorder audit,
    IOptions<ClearanceOptions> options,
    IOptions<NodeOptions> node,
    TimeProvider time)
{
    /// <param name="field">Where the application is in the request, for field violations.</param>
    /// <param name="officer">The caller: its member and subject.</param>
    /// <returns>The recorded clearance, and its decision in API form (the record holds it serialised).</returns>
    public async Task<(ClearanceRecord Record, Type.V1.Decision Decision)> ClearAsync(TravellerApplication? application, string languageCode, string field,
        Officer officer, CancellationToken cancellationToken)
    {
        var view = membership.Current;
        var now = time.GetUtcNow();
        new RequestValidator()
            .Application(application, field, code => view.FindMember(code) is not null, now)
            .LanguageCode(languageCode, "language_code")
            .ThrowIfInvalid();
        var trip = application!.Trip;
        var here = node.Value.Member;
        if (officer.Member != here)
        {
            throw new PermissionDeniedException("OFFICER_OF_ANOTHER_MEMBER",
                $"This is {here}'s node: it clears travellers for border officers of {here} only and signs passes as {here}; " +
                $"a border officer of {officer.Member ?? "(no member)"} clears at {officer.Member ?? "their member"}'s node.",
                new Dictionary<string, string> { ["this_node"] = here, ["caller_member"] = officer.Member ?? "" });
        }
        if (here != trip.Origin && here != trip.Destination)
        {
            throw new PermissionDeniedException("NOT_YOUR_TRIP",
                $"{here}'s node clears only trips from or to {here}; this trip goes from {trip.Origin} to {trip.Destination}.",
                new Dictionary<string, string> { ["origin"] = trip.Origin, ["destination"] = trip.Destination, ["caller_member"] = officer.Member ?? "" });
        }
        EnsureWithinLeadTime(trip.ArrivalTime.ToDateTimeOffset(), now);
        var decision = decider.Decide(application, null, LanguageChecks.LanguageOf(languageCode));
        var answer = decision.ToProto();
        var record = Record(application, decision, answer, officer.Name);
        await audit.AppendAsync(record, Announcement(record, decision), cancellationToken);
        return (record, answer);
    }

    private void EnsureWithinLeadTime(DateTimeOffset arrival, DateTimeOffset now)
    {
        var lead = options.Value.MaxLeadTime;
        if (arrival > now + lead)
        {
            throw new FailedPreconditionException("ARRIVAL_TOO_FAR_AHEAD",
                $"The trip arrives at {arrival:O}, more than {lead.TotalHours:0.#} hours from now ({now:O}): travellers are cleared at most " +
                $"{lead.TotalHours:0.#} hours before arrival (Clearance:MaxLeadTime). Use EvaluateEligibility to see the decision ahead of time.",
                new Dictionary<string, string>
                {
                    ["arrival_time"] = arrival.ToString("O"), ["latest_arrival"] = (now + lead).ToString("O"), ["max_lead_time"] = lead.ToString(),
                });
        }
    }

    /// <summary>The audit record of a decision, with its pass when cleared (internal: bench/Clearance.Bench times it).</summary>
    internal ClearanceRecord Record(TravellerApplication application, EligibilityDecision decision, Type.V1.Decision answer, string decidedBy)
    {
        var now = time.GetUtcNowInMicroseconds();
        var id = ClearanceIds.New(now);
        var trip = application.Trip;
        var document = application.Traveller.Document;
        var reference = keys.Travellers.Of(document.IssuingState, document.Number);
        var arrival = trip.ArrivalTime.ToDateTimeOffset();
        string? pass = null;
        DateTimeOffset? validUntil = null;
        if (decision.Outcome == DecisionOutcome.Cleared)
        {
            validUntil = (arrival > now ? arrival : now) + options.Value.PassValidityAfterArrival;
            pass = SignPass(application, decision, id, reference, now, validUntil.Value);
        }
        return new ClearanceRecord
        {
            ClearanceId = id,
            ListKey = ClearanceListKey.Of(now, id),
            DecidingMember = node.Value.Member,
            Outcome = decision.Outcome.ToString().ToUpperInvariant(),
            TravellerReference = reference,
            Origin = trip.Origin,
            Destination = trip.Destination,
            Purpose = (int)trip.Purpose,
            DepartureTime = trip.DepartureTime.ToDateTimeOffset(),
            ArrivalTime = arrival,
            DecidedAt = now,
            DecidedBy = decidedBy,
            RuleSetMember = decision.RuleSetMember,
            RuleSetVersion = decision.RuleSetVersion,
            MembershipSequence = decision.MembershipSequence,
            Decision = answer.ToByteArray(),
            Pass = pass,
            PassValidUntil = validUntil,
        };
    }

    /// <summary>The pass of a cleared traveller: its claims, bound to the holder's document, signed with the node's PASSES key.</summary>
    internal string SignPass(TravellerApplication application, EligibilityDecision decision, string id, string reference, DateTimeOffset now,
        DateTimeOffset validUntil)
    {
        var trip = application.Trip;
        var document = application.Traveller.Document;
        var holder = PassHolder.Bind(document.IssuingState, document.Number, application.Traveller.DateOfBirth);
        var claims = new PassClaims(id, node.Value.Member, reference, trip.Origin, trip.Destination,
            PurposeNames.Of(trip.Purpose) ?? "", now, validUntil, decision.RuleSetMember, decision.RuleSetVersion,
            holder.Salt, holder.Document, holder.DocumentAndBirth);
        return CompactJws.Sign(keys.PassesKey, claims.ToJson(), PassClaims.MediaType);
    }

    /// <summary>The decision's event: no personal data, reasons as codes and the identifiers of failed rules.</summary>
    internal static IIntegrationEvent Announcement(ClearanceRecord r, EligibilityDecision decision)
    {
        var reasons = decision.Reasons.Select(x => x.Code)
            .Concat(decision.RuleResults.Where(x => x.Result is RuleResultKind.Failed or RuleResultKind.Error).Select(x => $"RULE_{x.Result.ToString().ToUpperInvariant()}:{x.Identifier}"))
            .ToList();
        var purpose = PurposeNames.Of((Type.V1.TravelPurpose)r.Purpose) ?? "";
        var id = EventIds.New(r.DecidedAt);
        return decision.Outcome switch
        {
            DecisionOutcome.Cleared => new TravellerCleared(id, r.DecidingMember, 1, r.DecidedAt, r.ClearanceId, r.TravellerReference,
                r.Origin, r.Destination, purpose, r.RuleSetMember, r.RuleSetVersion, r.MembershipSequence, reasons),
            DecisionOutcome.Referred => new TravellerReferred(id, r.DecidingMember, 1, r.DecidedAt, r.ClearanceId, r.TravellerReference,
                r.Origin, r.Destination, purpose, r.RuleSetMember, r.RuleSetVersion, r.MembershipSequence, reasons),
            _ => new TravellerDenied(id, r.DecidingMember, 1, r.DecidedAt, r.ClearanceId, r.TravellerReference,
                r.Origin, r.Destination, purpose, r.RuleSetMember, r.RuleSetVersion, r.MembershipSequence, reasons),
        };
    }
}
