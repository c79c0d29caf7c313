using System.Collections.Immutable;
using TravelCorridor.Membership.V1;
using TravelCorridor.MembershipSnapshot;
using TravelCorridor.Type.V1;

namespace TravelCorridor.Decisions.Tests.Support;

/// <summary>
/// Membership as a decision reads it, built in memory: MY, SG and TH active, corridor MY-SG open for every purpose
/// with stays up to 30 days. No membership service, no feed: the view is the value a node's snapshot would hold.
/// </summary>
internal sealed class InMemoryMembership : IMembershipSnapshot
{
    private static readonly DateTimeOffset Founded = new(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public MembershipView Current { get; private set; } = new()
    {
        IsLoaded = true,
        Sequence = 1,
        MemberStates = ImmutableDictionary.CreateRange(StringComparer.Ordinal,
            new[] { "MY", "SG", "TH" }.Select(code => KeyValuePair.Create(code, Member(code, MemberStateStatus.Active)))),
        Corridors = ImmutableDictionary.CreateRange(StringComparer.Ordinal, [KeyValuePair.Create("MY-SG", Corridor(CorridorStatus.Open))]),
    };

    public bool IsConnected => true;

    public DateTimeOffset? UnreachableSince => null;

    public static InMemoryMembership NotLoaded() => new() { Current = MembershipView.Empty };

    public InMemoryMembership Suspend(string member)
    {
        Current = Current with
        {
            Sequence = Current.Sequence + 1,
            MemberStates = Current.MemberStates.SetItem(member, Member(member, MemberStateStatus.Suspended)),
        };
        return this;
    }

    public InMemoryMembership Trust(string member, string keyId, KeyUse use, string publicJwk, bool revoked = false)
    {
        var key = new TrustedKeyEntry(member, keyId, use, publicJwk, Founded, Founded.AddYears(100), revoked, revoked ? "test" : "",
            revoked ? Founded : null, 1);
        Current = Current with { Sequence = Current.Sequence + 1, TrustedKeys = Current.TrustedKeys.SetItem(key.Id, key) };
        return this;
    }

    public MemberStateEntry? FindMember(string code) => Current.FindMember(code);

    public CorridorEntry? FindCorridor(string corridorId) => Current.FindCorridor(corridorId);

    public TrustedKeyEntry? FindKey(string member, string keyId) => Current.FindKey(member, keyId);

    public Task<MembershipView> WaitForSequenceAsync(long sequence, CancellationToken cancellationToken = default) =>
        Current.Sequence >= sequence ? Task.FromResult(Current) : Task.Delay(Timeout.Infinite, cancellationToken).ContinueWith(_ => Current, TaskScheduler.Default);

    private static MemberStateEntry Member(string code, MemberStateStatus status) =>
        new(code, code, status, status == MemberStateStatus.Active ? "" : "test", Founded, Founded, 1);

    private static CorridorEntry Corridor(CorridorStatus status) =>
        new("MY-SG", "MY", "SG", [.. Enum.GetValues<TravelPurpose>().Where(p => p != TravelPurpose.Unspecified)], 30, status, "", Founded, Founded, 1);
}
