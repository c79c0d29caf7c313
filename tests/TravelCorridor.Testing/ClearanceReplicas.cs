namespace TravelCorridor.Testing;

/// <summary>Clearance replicas of one member: processes running clearance alone on one database and broker, sharing pass keys.</summary>
public static class ClearanceReplicas
{
    /// <param name="core">The process running membership and eligibility, which the replica follows.</param>
    /// <param name="keys">The directory of the shared passes key and traveller secret.</param>
    public static Task<NodeProcess> StartAsync(string member, Uri broker, string database, NodeProcess core, string keys) =>
        NodeProcess.StartAsync(member, "clearance", new Dictionary<string, string>
        {
            ["ConnectionStrings:RabbitMq"] = broker.ToString(),
            ["ConnectionStrings:clearance"] = database,
            ["Services:Membership:Address"] = core.Address.ToString(),
            ["Clearance:EligibilityAddress"] = core.Address.ToString(),
            ["Clearance:PassesKeyFile"] = Path.Combine(keys, "clearance-passes-key.jwk"),
            ["Clearance:TravellerSecretFile"] = Path.Combine(keys, "clearance-traveller-secret"),
            ["Eligibility:SeedBaselineRules"] = "true",
        });
}
