using Google.Protobuf.WellKnownTypes;
using TravelCorridor.Clearance.Application;
using TravelCorridor.Clearance.Domain;
using TravelCorridor.Clearance.V1;
using TravelCorridor.Decisions.Data;
using TravelCorridor.Type.V1;

namespace TravelCorridor.Clearance.Grpc;

/// <summary>Audit-log records and pass verdicts in their API form.</summary>
internal static class ClearanceMapper
{
    /// <param name="decision">The record's decision when the caller still has it; read from the record otherwise.</param>
    public static V1.Clearance ToProto(this ClearanceRecord r, Decision? decision = null)
    {
        var proto = new V1.Clearance
        {
            ClearanceId = r.ClearanceId,
            DecidingMember = r.DecidingMember,
            Decision = decision ?? Decision.Parser.ParseFrom(r.Decision),
            TravellerReference = r.TravellerReference,
            Origin = r.Origin,
            Destination = r.Destination,
            Purpose = (TravelPurpose)r.Purpose,
            DepartureTime = Timestamp.FromDateTimeOffset(r.DepartureTime),
            ArrivalTime = Timestamp.FromDateTimeOffset(r.ArrivalTime),
            DecidedAt = Timestamp.FromDateTimeOffset(r.DecidedAt),
            DecidedBy = r.DecidedBy,
            Pass = r.Pass ?? "",
            RevokedBy = r.RevokedBy ?? "",
            RevocationReason = r.RevocationReason ?? "",
        };
        if (r.PassValidUntil is { } until)
        {
            proto.PassValidUntil = Timestamp.FromDateTimeOffset(until);
        }
        if (r.RevokedAt is { } revoked)
        {
            proto.RevokedAt = Timestamp.FromDateTimeOffset(revoked);
        }
        return proto;
    }

    public static VerifyClearancePassResponse ToProto(this PassVerdict verdict)
    {
        var response = new VerifyClearancePassResponse
        {
            Valid = verdict.IsValid, Problem = verdict.Problem, Message = verdict.Message, HolderChecked = verdict.HolderChecked,
        };
        if (verdict.SuspendedSince is { } since)
        {
            response.SuspendedSince = Timestamp.FromDateTimeOffset(since);
        }
        if (verdict.Claims is { } c)
        {
            response.Claims = new ClearancePass
            {
                ClearanceId = c.ClearanceId,
                Issuer = c.Issuer,
                TravellerReference = c.TravellerReference,
                Origin = c.Origin,
                Destination = c.Destination,
                Purpose = PurposeNames.Parse(c.Purpose),
                ValidFrom = Timestamp.FromDateTimeOffset(c.ValidFrom),
                ValidUntil = Timestamp.FromDateTimeOffset(c.ValidUntil),
                RuleSetMember = c.RuleSetMember,
                RuleSetVersion = c.RuleSetVersion,
            };
        }
        if (verdict.RevokedAt is { } revoked)
        {
            response.RevokedAt = Timestamp.FromDateTimeOffset(revoked);
        }
        return response;
    }
}
