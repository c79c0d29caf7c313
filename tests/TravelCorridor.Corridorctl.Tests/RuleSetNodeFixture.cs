using Microsoft.Extensions.DependencyInjection;
using TravelCorridor.Hosting.Security;
using TravelCorridor.Membership.V1;
using TravelCorridor.MembershipSnapshot;
using TravelCorridor.Testing;

namespace TravelCorridor.Corridorctl.Tests;

/// <summary>
/// A real SG node and an SG rule author who uses nothing but corridorctl: <c>rules keygen</c>, the printed
/// AddTrustedKey request sent as it is, then version 1 published from its document with <c>--key</c> and
/// version 2 signed with <c>rules sign</c> and published as the signed file. The tests read what each step printed.
/// </summary>
public sealed class RuleSetNodeFixture : IAsyncLifetime
{
    public const string KeyId = "sg-rules-e2e";

    public NodeHost Node { get; private set; } = null!;

    public string Token { get; private set; } = "";

    public string Directory { get; } = ScratchFiles.Directory();

    public string KeyFile => Path.Combine(Directory, "sg.private.jwk");

    public string Version1File => Path.Combine(Directory, "sg-v1.json");

    public string Version2Signed => Path.Combine(Directory, "sg-v2.jws");

    public DateTimeOffset ValidFrom1 { get; private set; }

    public DateTimeOffset ValidFrom2 { get; private set; }

    public (int ExitCode, string Output, string Error) Published1 { get; private set; }

    public (int ExitCode, string Output, string Error) Published2 { get; private set; }

    public async Task InitializeAsync()
    {
        // No lead time, so that sets can take effect within the test instead of two days later; the baseline
        // seed as version 0, as a single-process node has it.
        Node = await NodeHost.StartAsync("SG", settings: new Dictionary<string, string?>
        {
            ["Eligibility:MinimumLeadTime"] = "00:00:00",
            ["Eligibility:SeedBaselineRules"] = "true",
        });
        Token = Node.Token(CorridorRoles.MemberAdmin, "SG");

        var keygen = await CorridorctlRunner.RunAsync("rules", "keygen", "--member", "SG", "--key-id", KeyId, "--out", KeyFile, "--json");
        Assert.True(keygen.ExitCode == 0, keygen.Error);
        await Node.Membership.AddTrustedKeyAsync(AddTrustedKeyRequest.Parser.ParseJson(keygen.Output), Node.As(CorridorRoles.MemberAdmin, "SG"));
        var snapshot = Node.Services.GetRequiredService<IMembershipSnapshot>();
        await Eventually.Until(() => snapshot.FindKey("SG", KeyId) is not null, TimeSpan.FromSeconds(10));

        var now = DateTimeOffset.UtcNow;
        ValidFrom1 = now.AddTicks(-(now.Ticks % TimeSpan.TicksPerSecond)).AddHours(1);
        ValidFrom2 = ValidFrom1.AddHours(1);
        File.WriteAllText(Version1File, SgRuleSets.Version1(ValidFrom1));
        var version2File = ScratchFiles.Write(Directory, "sg-v2.json", SgRuleSets.Version2(ValidFrom2));

        Published1 = await OnNode("rules", "publish", Version1File, "--key", KeyFile);
        var signed = await CorridorctlRunner.RunAsync("rules", "sign", version2File, "--key", KeyFile, "--out", Version2Signed);
        Assert.True(signed.ExitCode == 0, signed.Error);
        Published2 = await OnNode("rules", "publish", Version2Signed);
    }

    /// <summary>Runs a command against this node with the SG member-admin's token.</summary>
    public Task<(int ExitCode, string Output, string Error)> OnNode(params string[] args) =>
        CorridorctlRunner.RunAsync([.. args, "--node", Node.Address.ToString(), "--token", Token]);

    public async Task DisposeAsync()
    {
        await Node.DisposeAsync();
        System.IO.Directory.Delete(Directory, recursive: true);
    }
}
