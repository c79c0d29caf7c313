using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using TravelCorridor.Clearance.Application;
using TravelCorridor.Clearance.Consumers;
using TravelCorridor.Clearance.Data;
using TravelCorridor.Clearance.Data.Providers;
using TravelCorridor.Clearance.Grpc;
using TravelCorridor.Clearance.RuleSets;
using TravelCorridor.Eligibility;
using TravelCorridor.Contracts.Clearance;
using TravelCorridor.Eligibility.Application;
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
        services.AddHostedService(sp => sp.GetRequiredService<AuditLog>());
        services.AddSingleton<ClearanceDesk>();
        services.AddScoped<PassChecker>();
        services.AddScoped<AuditQuery>();
        services.AddScoped<Revocations>();
        services.AddEventConsumer<RecordClearanceRevokedConsumer, ClearanceRevoked>(ServiceName);
        if (!services.Any(d => d.ServiceType == typeof(EligibilityDecider)))
        {
            AddOwnDecider(builder);
        }
        return builder;
    }

    /// <summary>
    /// Without eligibility in this process, clearance decides with eligibility's decider over a rule-set
    /// catalog of its own, fed from the eligibility service at <c>Clearance:EligibilityAddress</c>.
    /// </summary>
    private static void AddOwnDecider(WebApplicationBuilder builder)
    {
        var address = builder.Configuration[$"{ClearanceOptions.Section}:{nameof(ClearanceOptions.EligibilityAddress)}"];
        if (!Uri.TryCreate(address, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
        {
            throw new ArgumentException(
                "Clearance without eligibility in the same process needs Clearance:EligibilityAddress, the eligibility service to follow " +
                $"rule sets from, as an http:// or https:// address (got '{address}').");
        }
        var services = builder.Services;
        services.AddOptions<EligibilityOptions>().BindConfiguration(EligibilityOptions.Section);
        services.AddSingleton<BaselineRuleSets>();
        services.AddSingleton<RuleSetCatalog>();
        services.AddSingleton<EligibilityDecider>();
        services.AddSingleton<EligibilityMetrics>();
        services.AddSingleton<ReceivedRuleSetCheck>();
        services.AddHostedService<RuleSetFeeder>();
    }

    public static WebApplication MapClearance(this WebApplication app)
    {
        var key = app.Services.GetRequiredService<NodeClearanceKeys>().PassesKey;
        app.Logger.LogInformation(
            "Clearance passes are signed with key {KeyId}; other nodes verify them once it is in the trust list with use PASSES (AddTrustedKey): {PublicJwk}",
            key.KeyId, key.ToPublicJwk());
        app.MapGrpcService<ClearanceGrpcService>();
        return app;
    }
}
