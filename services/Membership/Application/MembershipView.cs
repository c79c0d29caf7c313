using System.Collections.Frozen;
using TravelCorridor.Membership.Domain;

namespace TravelCorridor.Membership.Application;

/// <summary>
/// This node's whole membership data as one immutable value, in the order the API lists it. Reads
/// are served from it; a commit builds a new one and swaps it in, so a reader never sees half a
/// change and never waits. Membership is small (11 member states, at most 55 corridors, some
/// hundred keys) and changes rarely, so rebuilding it per commit is cheap.
/// </summary>
public sealed class MembershipView
{
    public static readonly MembershipView Empty = new([], [], []);

    public MembershipView(IReadOnlyList<MemberState> members, IReadOnlyList<Corridor> corridors, IReadOnlyList<TrustedKey> keys)
    {
        Members = members.OrderBy(m => m.Code, StringComparer.Ordinal).ToArray();
        Corridors = corridors.OrderBy(c => c.Id, StringComparer.Ordinal).ToArray();
        Keys = keys.OrderBy(k => k.Member, StringComparer.Ordinal).ThenBy(k => k.KeyId, StringComparer.Ordinal).ToArray();
        MembersByCode = Members.ToFrozenDictionary(m => m.Code);
        CorridorsById = Corridors.ToFrozenDictionary(c => c.Id);
        ActiveMembers = Members.Where(m => m.IsActive).Select(m => m.Code).ToFrozenSet();
    }

    public IReadOnlyList<MemberState> Members { get; }

    public IReadOnlyList<Corridor> Corridors { get; }

    public IReadOnlyList<TrustedKey> Keys { get; }

    public FrozenDictionary<string, MemberState> MembersByCode { get; }

    public FrozenDictionary<string, Corridor> CorridorsById { get; }

    /// <summary>Codes of the member states active right now, to tell whether a corridor is usable.</summary>
    public FrozenSet<string> ActiveMembers { get; }
}
