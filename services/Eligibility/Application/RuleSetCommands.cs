using Microsoft.EntityFrameworkCore;
using TravelCorridor.Contracts.Eligibility;
using TravelCorridor.Eligibility.Data;
using TravelCorridor.Eligibility.Domain;
using TravelCorridor.Hosting;
using TravelCorridor.Messaging.Replication;
using TravelCorridor.Kernel.Errors;

namespace TravelCorridor.Eligibility.Application;

/// <summary>
/// Publishes a checked rule set: stored with its signed form and announced as <see cref="RuleSetPublished"/>
/// (carrying that signed form) in one transaction, through the outbox. A member's rule sets are published
/// on its own node, which serialises its versions.
/// </summary>
public sealed class RuleSetCommands(UnitOfWork<EligibilityDbContext> uow, WritePlacement placement)
{
    public async Task<StoredRuleSet> PublishAsync(CheckedRuleSet checkedSet, CancellationToken cancellationToken)
    {
        var set = checkedSet.Set;
        placement.Ensure(placement.Here == set.Member, [set.Member], "rule set",
            $"{set.Member}'s rule sets are published on {set.Member}'s own node.");
        using var _ = await uow.LockAsync(cancellationToken);
        // Checked again inside the write gate: another publication may have committed since the checks ran.
        var current = await uow.Db.RuleSets.Where(r => r.Member == set.Member).MaxAsync(r => (long?)r.Version, cancellationToken) ?? 0;
        if (set.Version <= current)
        {
            throw new FailedPreconditionException("RULE_SET_VERSION_NOT_ABOVE_CURRENT",
                $"$.version: is {set.Version}, but {set.Member}'s current version is {current}: a new version must be higher",
                new Dictionary<string, string> { ["member"] = set.Member, ["version"] = set.Version.ToString(), ["current_version"] = current.ToString() });
        }
        var stored = new StoredRuleSet
        {
            Member = set.Member,
            Version = set.Version,
            ValidFrom = set.ValidFrom,
            KeyId = checkedSet.KeyId!,
            SignedRuleSet = checkedSet.Signed!,
            PublishedAt = uow.Now,
        };
        uow.Db.RuleSets.Add(stored);
        var header = uow.NewHeader(set.Version);
        uow.RecordLocal(stored, new RuleSetPublished(header.EventId, header.Origin, header.Sequence, header.OccurredAt,
            set.Member, set.Version, set.ValidFrom, stored.KeyId, stored.SignedRuleSet));
        await uow.SaveAsync(cancellationToken);
        return stored;
    }
}
