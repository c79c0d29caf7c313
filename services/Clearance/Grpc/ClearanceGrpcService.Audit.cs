using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using TravelCorridor.Clearance.Application;
using TravelCorridor.Clearance.Domain;
using TravelCorridor.Clearance.V1;
using TravelCorridor.Decisions.Judging;
using TravelCorridor.Decisions.Validation;
using TravelCorridor.Hosting;
using TravelCorridor.Hosting.Grpc;
using TravelCorridor.Hosting.Paging;
using TravelCorridor.Hosting.Security;
using TravelCorridor.Kernel;
using TravelCorridor.Kernel.Errors;
using TravelCorridor.Validation;
using Proto = TravelCorridor.Type.V1;

namespace TravelCorridor.Clearance.Grpc;

// The audit log: this node's member's border officers read it and revoke what it decided.
public sealed partial class ClearanceGrpcService
{
    private const int MaxReasonLength = 500;

    [Authorize(Policy = CorridorPolicies.BorderOfficer)]
    public override async Task<GetClearanceResponse> GetClearance(GetClearanceRequest request, ServerCallContext context)
    {
        Caller.Of(context).EnsureActsFor(Here);
        new RequestValidator().ClearanceId(request.ClearanceId, "clearance_id").ThrowIfInvalid();
        var record = await context.Scoped<AuditQuery>().FindAsync(request.ClearanceId, context.CancellationToken)
            ?? throw NotFound(request.ClearanceId);
        return new GetClearanceResponse { Clearance = record.ToProto() };
    }

    [Authorize(Policy = CorridorPolicies.BorderOfficer)]
    public override async Task<ListClearancesResponse> ListClearances(ListClearancesRequest request, ServerCallContext context)
    {
        Caller.Of(context).EnsureActsFor(Here);
        var v = new RequestValidator()
            .Instant(request.DecidedAfter, "decided_after", out var after, required: false)
            .Instant(request.DecidedBefore, "decided_before", out var before, required: false)
            .Check(request.Outcome is >= Proto.DecisionOutcome.Unspecified and <= Proto.DecisionOutcome.Denied, "outcome",
                "is not a DecisionOutcome: use CLEARED, REFERRED or DENIED, or leave it out")
            .OptionalMemberCode(request.Origin, "origin")
            .OptionalMemberCode(request.Destination, "destination");
        var filter = new AuditFilter(after, before,
            request.Outcome == Proto.DecisionOutcome.Unspecified ? null : request.Outcome.ToString().ToUpperInvariant(),
            NullIfEmpty(request.Origin), NullIfEmpty(request.Destination));
        v.Page(request.PageSize, request.PageToken, filter.Text, out var page).ThrowIfInvalid();
        // One more than a page, so Take knows whether another page follows.
        var rows = await context.Scoped<AuditQuery>().ListAsync(filter, page.After, page.Size + 1, context.CancellationToken);
        var taken = page.Take(rows, r => r.ListKey, r => r.ToProto());
        var response = new ListClearancesResponse { NextPageToken = taken.NextPageToken };
        response.Clearances.AddRange(taken.Items);
        return response;
    }

    [Authorize(Policy = CorridorPolicies.BorderOfficer)]
    public override async Task<RevokeClearanceResponse> RevokeClearance(RevokeClearanceRequest request, ServerCallContext context)
    {
        var caller = Caller.Of(context);
        caller.EnsureActsFor(Here);
        new RequestValidator()
            .ClearanceId(request.ClearanceId, "clearance_id")
            .Text(request.Reason, "reason", MaxReasonLength)
            .ThrowIfInvalid();
        var record = await context.Scoped<Revocations>().RevokeAsync(request.ClearanceId, request.Reason,
            new Officer(caller.Member, caller.Subject).Name, context.CancellationToken);
        return new RevokeClearanceResponse { Clearance = record.ToProto() };
    }

    private static NotFoundException NotFound(string clearanceId) =>
        new("CLEARANCE_NOT_FOUND", $"This node's audit log holds no clearance '{clearanceId}'.",
            new Dictionary<string, string> { ["clearance_id"] = clearanceId });

    private static string? NullIfEmpty(string value) => value.Length == 0 ? null : value;
}

/// <summary>Checks of clearance request fields.</summary>
internal static class ClearanceRequestChecks
{
    public static RequestValidator ClearanceId(this RequestValidator v, string value, string field) =>
        value.Length == 0
            ? v.Add(field, "is required")
            : ClearanceIds.IsWellFormed(value) ? v : v.Add(field, $"{CallerText.Quote(value)} is not a clearance id (clr_ and 32 hex digits)");

    public static RequestValidator OptionalMemberCode(this RequestValidator v, string value, string field) =>
        value.Length == 0 || MemberCode.IsValid(value)
            ? v
            : v.Add(field, $"{CallerText.Quote(value)} is not a member code such as SG");

    /// <summary>A presented document, when there is one: checked as an application's document is, so the digests can match.</summary>
    public static RequestValidator PresentedDocument(this RequestValidator v, PresentedDocument? document, string field)
    {
        if (document is null)
        {
            return v;
        }
        v.DocumentNumber(document.Number, $"{field}.number");
        v.CountryCode(document.IssuingState, $"{field}.issuing_state");
        return document.DateOfBirth.Length == 0 ? v : v.CalendarDate(document.DateOfBirth, $"{field}.date_of_birth", out _);
    }
}
