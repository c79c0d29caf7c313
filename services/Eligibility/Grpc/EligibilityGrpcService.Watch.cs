using System.Text.Json;
using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using TravelCorridor.Contracts.Eligibility;
using TravelCorridor.Decisions.RuleSets;
using TravelCorridor.Eligibility.Application;
using TravelCorridor.Eligibility.Data;
using TravelCorridor.Eligibility.Domain;
using TravelCorridor.Eligibility.V1;
using TravelCorridor.Hosting.Grpc;
using TravelCorridor.Messaging;
using TravelCorridor.Messaging.Replication;
using TravelCorridor.Contracts;

namespace TravelCorridor.Eligibility.Grpc;

public sealed partial class EligibilityGrpcService
{
    [AllowAnonymous]
    public override async Task WatchRuleSets(WatchRuleSetsRequest request, IServerStreamWriter<WatchRuleSetsResponse> responseStream,
        ServerCallContext context)
    {
        var changes = context.Scoped<ChangeStream<EligibilityDbContext>>();
        await WatchStart.CheckAsync(changes, request.AfterSequence, context.CancellationToken);
        await foreach (var change in changes.FollowAsync(request.AfterSequence, context.CancellationToken))
        {
            var published = JsonSerializer.Deserialize<RuleSetPublished>(change.Payload, EventJson.Options)!;
            var ruleSet = catalog.Find(published.Member, published.Version) ?? FromEvent(published);
            if (ruleSet is not null)
            {
                await responseStream.WriteAsync(new WatchRuleSetsResponse { Sequence = change.Sequence, RuleSet = ruleSet.ToProto() },
                    context.CancellationToken);
            }
        }
    }

    /// <summary>
    /// A set read from its change-log entry: the catalog normally has it already (it is told of the commit
    /// first), but a watcher woken by another process's commit may read the entry before.
    /// </summary>
    private static CatalogedRuleSet? FromEvent(RuleSetPublished published) =>
        PublishedRuleSetReader.Read(published.SignedRuleSet).RuleSet is { } set
            ? new CatalogedRuleSet(set, RuleSetState.Of(published).ToPublished())
            : null;
}
