using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using TravelCorridor.Contracts.Eligibility;
using TravelCorridor.Decisions;
using TravelCorridor.Decisions.Judging;
using TravelCorridor.Decisions.RuleSets;
using TravelCorridor.Eligibility.Application;
using TravelCorridor.Eligibility.Consumers;
using TravelCorridor.Eligibility.Data;
using TravelCorridor.Eligibility.Data.Providers;
using TravelCorridor.Eligibility.Domain;
using TravelCorridor.Eligibility.Grpc;
using TravelCorridor.Messaging;
using TravelCorridor.Messaging.Authenticity;
using TravelCorridor.Messaging.Replication;
using TravelCorridor.Persistence;

namespace TravelCorridor.Eligibility;

/// <summary>Adds the eligibility service to a node: its database, outbox, consumer, rule-set catalog and gRPC API.</summary>
public static class EligibilityRegistration
{
    public const string ServiceName = "eligibility";

    /// <summary>A rule set of 512 KiB travels signed as about 700 KB; room for that and a request around it.</summary>
    public const int MaxRequestBytes = 2 * 1024 * 1024;

    /// <summary>Received rule sets checked at once; each waits at most UnknownKeyGrace for a key still on its way.</summary>
    public const int RuleSetConsumerTurns = 4;

    public static WebApplicationBuilder AddEligibility(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<EligibilityOptions>().BindConfiguration(EligibilityOptions.Section)
            .Validate(o => o.MinimumLeadTime >= TimeSpan.Zero && o.MaximumLeadTime > o.MinimumLeadTime,
                "Eligibility:MinimumLeadTime must not be negative and must be below Eligibility:MaximumLeadTime.")
            .ValidateOnStart();
        services.AddGrpc().AddServiceOptions<EligibilityGrpcService>(o => o.MaxReceiveMessageSize = MaxRequestBytes);
        services.AddSingleton<EligibilityGrpcService>();
        services.AddServiceDatabase<EligibilityDbContext, SqliteEligibilityDbContext, PostgresEligibilityDbContext>(
            builder.Configuration, ServiceName);
        services.AddOutbox<EligibilityDbContext>();
        services.AddReplication<EligibilityDbContext>();
        // Before the change log: watchers are woken by the change log's commit hook and should find the set compiled.
        services.AddDecisions();
        services.AddReadModel<EligibilityDbContext, StoredRuleSets>();
        services.AddSingleton<IRuleSetSource>(sp => sp.GetRequiredService<StoredRuleSets>());
        services.AddChangeLog<EligibilityDbContext>();
        services.AddSingleton<TrialCalls>();
        services.AddSingleton<RuleSetChecks>();
        services.AddSingleton<IEventAuthority, EligibilityEventAuthority>();
        services.AddScoped<RuleSetCommands>();
        // Versions are rows of their own (any order lands the same), and a set may wait up to UnknownKeyGrace for
        // its key: several at once, so a waiting set holds one turn, not the queue.
        services.AddEventConsumer<ApplyRuleSetPublishedConsumer, RuleSetPublished>(ServiceName, concurrentMessages: RuleSetConsumerTurns);
        return builder;
    }

    public static WebApplication MapEligibility(this WebApplication app)
    {
        app.MapGrpcService<EligibilityGrpcService>();
        return app;
    }
}
