using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using TravelCorridor.Clearance.Application;
using TravelCorridor.Clearance.Consumers;
using TravelCorridor.Clearance.Data;
using TravelCorridor.Clearance.Data.Providers;
using TravelCorridor.Clearance.Grpc;
using TravelCorridor.Clearance.RuleSets;
using TravelCorridor.Contracts.Clearance;
using TravelCorridor.Decisions;
using TravelCorridor.Decisions.Judging;
using TravelCorridor.Decisions.RuleSets;
using TravelCorridor.Messaging;
using TravelCorridor.Persistence;

namespace TravelCorridor.Clearance;

/// <summary>Adds the clearance service to a node: its audit log and outbox, pass keys, revocation consumer and gRPC API.</summary>
public static class ClearanceRegistration
{
    public const string ServiceName = "clearance";

    public const int MaxRequestBytes = 1024 * 1024;

    public static WebApplicationBuilder AddClearance(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<ClearanceOptions>().BindConfiguration(ClearanceOptions.Section)
            .Validate(o => o.MaxAuditBatch is >= 1 and <= 10_000 && o.ManifestWindow is >= 1 and <= 10_000 && o.PassValidityAfterArrival > TimeSpan.Zero,
                "Clearance:MaxAuditBatch and Clearance:ManifestWindow must be from 1 to 10000, and Clearance:PassValidityAfterArrival positive.")
            .ValidateOnStart();
        services.AddGrpc().AddServiceOptions<ClearanceGrpcService>(o => o.MaxReceiveMessageSize = MaxRequestBytes);
        services.AddSingleton<ClearanceGrpcService>();
        services.AddServiceDatabase<ClearanceDbContext, SqliteClearanceDbContext, PostgresClearanceDbContext>(builder.Configuration, ServiceName);
        services.AddOutbox<ClearanceDbContext>();
        services.AddSingleton<NodeClearanceKeys>();
        services.AddSingleton<AuditMetrics>();
        services.AddSingleton<AuditLog>();
        services.AddSingleton<IClearanceRecorder>(sp => sp.GetRequiredService<AuditLog>());
        services.AddHostedService(sp => sp.GetRequiredService<AuditLog>());
        services.AddSingleton<ClearanceDesk>();
        services.AddScoped<PassChecker>();
        services.AddScoped<AuditQuery>();
        services.AddScoped<Revocations>();
        services.AddEventConsumer<RecordClearanceRevokedConsumer, ClearanceRevoked>(ServiceName);
        services.AddDecisions();
        AddRuleSetFeed(builder);
        return builder;
    }

    /// <summary>
    /// Clearance on its own (no eligibility in this process) decides over a rule-set catalog of its own, fed from
    /// the eligibility service at <c>Clearance:EligibilityAddress</c>. Whether eligibility runs here is checked in
    /// <see cref="MapClearance"/>, once every module has been added.
    /// </summary>
    private static void AddRuleSetFeed(WebApplicationBuilder builder)
    {
        var address = builder.Configuration[$"{ClearanceOptions.Section}:{nameof(ClearanceOptions.EligibilityAddress)}"];
        if (string.IsNullOrEmpty(address))
        {
            return;
        }
        if (!Uri.TryCreate(address, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
        {
            throw new ArgumentException(
                $"Clearance:EligibilityAddress must be an http:// or https:// address of the eligibility service to follow rule sets from (got '{address}').");
        }
        var services = builder.Services;
        services.AddSingleton<RuleSetFeeder>();
        services.AddSingleton<IRuleSetSource>(sp => sp.GetRequiredService<RuleSetFeeder>());
        services.AddHostedService(sp => sp.GetRequiredService<RuleSetFeeder>());
    }

    /// <summary>Exactly one source must fill the catalog clearance decides with: eligibility here, or the feed.</summary>
    private static void EnsureOneRuleSetSource(WebApplication app)
    {
        var sources = app.Services.GetServices<IRuleSetSource>().Select(s => s.Description).ToList();
        if (sources.Count == 0)
        {
            throw new ArgumentException(
                "Clearance without eligibility in the same process needs Clearance:EligibilityAddress, the eligibility service to follow " +
                "rule sets from, as an http:// or https:// address.");
        }
        if (sources.Count > 1)
        {
            throw new ArgumentException(
                $"Clearance would decide with rule sets from {string.Join(" and from ", sources)}. Clearance:EligibilityAddress is " +
                "for clearance without eligibility in its process; this node runs eligibility, so remove the setting.");
        }
    }

    public static WebApplication MapClearance(this WebApplication app)
    {
        EnsureOneRuleSetSource(app);
        var key = app.Services.GetRequiredService<NodeClearanceKeys>().PassesKey;
        app.Logger.LogInformation(
            "Clearance passes are signed with key {KeyId}; other nodes verify them once it is in the trust list with use PASSES (AddTrustedKey): {PublicJwk}",
            key.KeyId, key.ToPublicJwk());
        app.MapGrpcService<ClearanceGrpcService>();
        return app;
    }
}
