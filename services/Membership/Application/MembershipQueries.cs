using TravelCorridor.Membership.Domain;

namespace TravelCorridor.Membership.Application;

/// <summary>Reads of this node's membership view, served from memory; nothing here changes state.</summary>
public sealed class MembershipQueries(MembershipReadModel model)
{
    public MembershipView View => model.Current;

    public MemberState GetMember(string code) =>
        model.Current.MembersByCode.GetValueOrDefault(code) ?? throw MembershipErrors.MemberNotFound(code);

    public Corridor GetCorridor(string id) =>
        model.Current.CorridorsById.GetValueOrDefault(id) ?? throw MembershipErrors.CorridorNotFound(id);

    public IEnumerable<Corridor> ListCorridors(string? member) =>
        model.Current.Corridors.Where(c => member == null || c.Involves(member));

    public IEnumerable<TrustedKey> ListKeys(string? member, bool includeRevoked) =>
        model.Current.Keys.Where(k => (member == null || k.Member == member) && (includeRevoked || !k.Revoked));
}
