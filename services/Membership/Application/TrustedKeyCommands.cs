using TravelCorridor.Membership.Data;
using TravelCorridor.Membership.Domain;
using TravelCorridor.Messaging.Replication;
using TravelCorridor.Signing;
using TravelCorridor.Kernel.Errors;

namespace TravelCorridor.Membership.Application;

/// <summary>Adding keys to the trust list and revoking them. Keys are stored, and replicated, in normalised form.</summary>
public sealed class TrustedKeyCommands(UnitOfWork<MembershipDbContext> uow, WriteOwnership ownership)
{
    public async Task<TrustedKey> AddAsync(string member, string keyId, KeyUse use, string publicKeyJwk,
        DateTimeOffset notBefore, DateTimeOffset notAfter, CancellationToken cancellationToken)
    {
        ownership.EnsureKeysAreWrittenHere(member);
        using var _ = await uow.LockAsync(cancellationToken);
        if (await uow.Db.MemberStates.FindAsync([member], cancellationToken) is null)
        {
            throw MembershipErrors.MemberNotFound(member);
        }
        if (await uow.Db.TrustedKeys.FindAsync([member, keyId], cancellationToken) is not null)
        {
            throw new AlreadyExistsException("KEY_EXISTS", $"Member state '{member}' already has a key '{keyId}'; key ids are never reused.",
                new Dictionary<string, string> { ["member"] = member, ["key_id"] = keyId });
        }
        var key = new TrustedKey
        {
            Member = member,
            KeyId = keyId,
            Use = use,
            // One spelling per key, whatever member order, escapes or optional members the caller sent.
            PublicKeyJwk = PublicJwk.Normalize(publicKeyJwk),
            NotBefore = notBefore,
            NotAfter = notAfter,
            Version = 1,
        };
        uow.Db.TrustedKeys.Add(key);
        var header = uow.NewHeader(key.Version);
        uow.RecordLocal(key, MembershipEvents.KeyAdded(key, header));
        await uow.SaveAsync(cancellationToken);
        return key;
    }

    public async Task<TrustedKey> RevokeAsync(string member, string keyId, string reason, CancellationToken cancellationToken)
    {
        ownership.EnsureKeysAreWrittenHere(member);
        using var _ = await uow.LockAsync(cancellationToken);
        var key = await uow.Db.TrustedKeys.FindAsync([member, keyId], cancellationToken)
            ?? throw MembershipErrors.KeyNotFound(member, keyId);
        key.Revoke(reason, uow.Now);
        var header = uow.NewHeader(key.Version);
        uow.RecordLocal(key, MembershipEvents.KeyRevoked(key, header));
        await uow.SaveAsync(cancellationToken);
        return key;
    }
}
