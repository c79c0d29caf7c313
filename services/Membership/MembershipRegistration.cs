using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using TravelCorridor.Contracts.Membership;
using TravelCorridor.Membership.Application;
using TravelCorridor.Membership.Consumers;
using TravelCorridor.Membership.Data;
using TravelCorridor.Membership.Data.Providers;
using TravelCorridor.Membership.Grpc;
using TravelCorridor.Messaging;
using TravelCorridor.Messaging.Replication;
using TravelCorridor.Persistence;

namespace TravelCorridor.Membership;

/// <summary>Adds the membership service to a node: its database, outbox, consumers and gRPC API.</summary>
public static class MembershipRegistration
{
    public const string ServiceName = "membership";

    public static WebApplicationBuilder AddMembership(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddServiceDatabase<MembershipDbContext, SqliteMembershipDbContext, PostgresMembershipDbContext>(
            builder.Configuration, ServiceName);
        services.AddSingleton<ISeedData<MembershipDbContext>, MembershipSeed>();
        services.AddOutbox<MembershipDbContext>();
        services.AddReplication<MembershipDbContext>();
        services.AddChangeLog<MembershipDbContext>();
        services.AddSingleton<MembershipReadModel>();
        services.AddSingleton<IChangeObserver<MembershipDbContext>>(sp => sp.GetRequiredService<MembershipReadModel>());
        services.AddHostedService<MembershipReadModelLoader>();
        services.AddSingleton<MembershipQueries>();
        services.AddScoped<MemberStateCommands>();
        services.AddScoped<CorridorCommands>();
        services.AddScoped<TrustedKeyCommands>();
        services.AddSingleton<ReplicatedKeyCheck>();

        services.AddEventConsumer<ApplyMemberStateAdmittedConsumer, MemberStateAdmitted>(ServiceName);
        services.AddEventConsumer<ApplyMemberStateStatusChangedConsumer, MemberStateStatusChanged>(ServiceName);
        services.AddEventConsumer<ApplyCorridorProposedConsumer, CorridorProposed>(ServiceName);
        services.AddEventConsumer<ApplyCorridorOpenedConsumer, CorridorOpened>(ServiceName);
        services.AddEventConsumer<ApplyCorridorSuspendedConsumer, CorridorSuspended>(ServiceName);
        services.AddEventConsumer<ApplyTrustedKeyAddedConsumer, TrustedKeyAdded>(ServiceName);
        services.AddEventConsumer<ApplyTrustedKeyRevokedConsumer, TrustedKeyRevoked>(ServiceName);
        return builder;
    }

    public static WebApplication MapMembership(this WebApplication app)
    {
        app.MapGrpcService<MembershipGrpcService>();
        return app;
    }
}
