using TravelCorridor.Membership.Data;
using TravelCorridor.Membership.Domain;

namespace TravelCorridor.Membership.Consumers;

/// <summary>Writes an aggregate's state, as carried by an event, into the replica (insert or overwrite).</summary>
internal static class ReplicaUpserts
{
    public static async ValueTask<long?> MemberVersion(MembershipDbContext db, string code, CancellationToken ct) =>
        (await db.MemberStates.FindAsync([code], ct))?.Version;

    public static async ValueTask<long?> CorridorVersion(MembershipDbContext db, string id, CancellationToken ct) =>
        (await db.Corridors.FindAsync([id], ct))?.Version;

    public static async ValueTask<long?> KeyVersion(MembershipDbContext db, string member, string keyId, CancellationToken ct) =>
        (await db.TrustedKeys.FindAsync([member, keyId], ct))?.Version;

    public static MemberState Member(MembershipDbContext db, string code, string name)
    {
        var member = db.MemberStates.Find(code);
        if (member is null)
        {
            member = new MemberState { Code = code, Name = name };
            db.MemberStates.Add(member);
        }
        member.Name = name;
        return member;
    }

    public static Corridor Corridor(MembershipDbContext db, string id, string proposing, string partner,
        IEnumerable<string> purposes, int maxStayDays)
    {
        var corridor = db.Corridors.Find(id);
        if (corridor is null)
        {
            corridor = new Corridor { Id = id, ProposingMember = proposing, PartnerMember = partner };
            db.Corridors.Add(corridor);
        }
        corridor.ProposingMember = proposing;
        corridor.PartnerMember = partner;
        corridor.Purposes = purposes.ToList();
        corridor.MaxStayDays = maxStayDays;
        return corridor;
    }

    public static TrustedKey Key(MembershipDbContext db, string member, string keyId, string use, string jwk,
        DateTimeOffset notBefore, DateTimeOffset notAfter)
    {
        var key = db.TrustedKeys.Find(member, keyId);
        if (key is null)
        {
            key = new TrustedKey { Member = member, KeyId = keyId, PublicKeyJwk = jwk };
            db.TrustedKeys.Add(key);
        }
        key.Use = Enum.Parse<KeyUse>(use, ignoreCase: true);
        key.PublicKeyJwk = jwk;
        key.NotBefore = notBefore;
        key.NotAfter = notAfter;
        return key;
    }
}
