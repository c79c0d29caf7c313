using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using TravelCorridor.Hosting;
using TravelCorridor.Contracts.Membership;
using TravelCorridor.Membership.Application;
using TravelCorridor.Membership.Consumers;
using TravelCorridor.Membership.Data;
using TravelCorridor.Membership.Data.Providers;
using TravelCorridor.Membership.Grpc;
using TravelCorridor.Messaging;
using TravelCorridor.Messaging.Authenticity;
using TravelCorridor.Messaging.Replication;
using TravelCorridor.Persistence;
using TravelCorridor.Kernel;

namespace TravelCorridor.Membership;

/// <summary>Adds the membership service to a node: its database, outbox, consumers and gRPC API.</summary>
public static class MembershipRegistration
{
    public const string ServiceName = "membership";

    public static WebApplicationBuilder AddMembership(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        ValidateSecretariat(builder.Configuration);
        services.AddOptions<MembershipOptions>().BindConfiguration(MembershipOptions.Section);
        services.AddSingleton<WriteOwnership>();
        // No membership request comes near gRPC's 4 MB default; see RequestLimits.MaxRequestBytes.
        services.AddGrpc().AddServiceOptions<MembershipGrpcService>(o => o.MaxReceiveMessageSize = RequestLimits.MaxRequestBytes);
        services.AddServiceDatabase<MembershipDbContext, SqliteMembershipDbContext, PostgresMembershipDbContext>(
            builder.Configuration, ServiceName);
        services.AddSingleton<ISeedData<MembershipDbContext>, MembershipSeed>();
        services.AddOutbox<MembershipDbContext>();
        services.AddReplication<MembershipDbContext>();
        services.AddReadModel<MembershipDbContext, MembershipReadModel>();
        services.AddChangeLog<MembershipDbContext>();
        services.AddSingleton<MembershipQueries>();
        services.AddScoped<MemberStateCommands>();
        services.AddScoped<CorridorCommands>();
        services.AddScoped<TrustedKeyCommands>();
        services.AddSingleton<ReplicatedKeyCheck>();
        services.AddSingleton<IEventAuthority, MembershipEventAuthority>();

        services.AddEventConsumer<ApplyMemberStateAdmittedConsumer, MemberStateAdmitted>(ServiceName);
        services.AddEventConsumer<ApplyMemberStateStatusChangedConsumer, MemberStateStatusChanged>(ServiceName);
        services.AddEventConsumer<ApplyCorridorProposedConsumer, CorridorProposed>(ServiceName);
        services.AddEventConsumer<ApplyCorridorOpenedConsumer, CorridorOpened>(ServiceName);
        services.AddEventConsumer<ApplyCorridorSuspendedConsumer, CorridorSuspended>(ServiceName);
        services.AddEventConsumer<ApplyTrustedKeyAddedConsumer, TrustedKeyAdded>(ServiceName);
        services.AddEventConsumer<ApplyTrustedKeyRevokedConsumer, TrustedKeyRevoked>(ServiceName);
        return builder;
    }

    /// <summary>
    /// Nodes that share events must agree on who keeps member-state status; a lone node keeps it
    /// itself. Refused at start, so two secretariats can never write concurrently.
    /// </summary>
    private static void ValidateSecretariat(IConfiguration configuration)
    {
        var secretariat = configuration[$"{MembershipOptions.Section}:{nameof(MembershipOptions.Secretariat)}"];
        if (!string.IsNullOrEmpty(secretariat) && !MemberCode.IsValid(secretariat))
        {
            throw new ArgumentException($"Membership:Secretariat must be a member code such as ID, got '{secretariat}'.");
        }
        if (string.IsNullOrEmpty(secretariat) && string.IsNullOrWhiteSpace(configuration[$"{CorridorOptions.Section}:{nameof(CorridorOptions.File)}"]) &&
            !string.IsNullOrWhiteSpace(configuration.GetConnectionString("RabbitMq")))
        {
            throw new ArgumentException("Membership:Secretariat must name the member whose node hosts the corridor secretariat " +
                "(e.g. --Membership:Secretariat=ID), or the corridor file (Corridor:File) its \"secretariat\", when nodes share events " +
                "through a broker; every node must name the same one.");
        }
    }

    public static WebApplication MapMembership(this WebApplication app)
    {
        app.MapGrpcService<MembershipGrpcService>();
        return app;
    }
}
