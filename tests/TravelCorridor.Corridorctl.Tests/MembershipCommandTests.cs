using TravelCorridor.Hosting.Security;
using TravelCorridor.Testing;

namespace TravelCorridor.Corridorctl.Tests;

/// <summary>A member admin's day with corridorctl against a real node: keys into the trust list and out, a corridor opened and suspended.</summary>
public sealed class MembershipCommandTests(MembershipCommandTests.Node fixture) : IClassFixture<MembershipCommandTests.Node>
{
    public sealed class Node : IAsyncLifetime
    {
        public NodeHost Host { get; private set; } = null!;

        public string Directory { get; } = ScratchFiles.Directory();

        public async Task InitializeAsync() => Host = await NodeHost.StartAsync("SG");

        public string[] AdminOf(string member) => ["--node", Host.Address.ToString(), "--token", Host.Token(CorridorRoles.MemberAdmin, member)];

        public async Task DisposeAsync() => await Host.DisposeAsync();
    }

    [Fact]
    public async Task A_nodes_own_passes_key_file_goes_into_the_trust_list_with_dates_shown_and_comes_out_again()
    {
        var keyFile = Path.Combine(fixture.Host.DataDirectory, "clearance-passes-key.jwk");

        var added = await CorridorctlRunner.RunAsync(["keys", "add", "--member", "SG", "--use", "passes", "--jwk", keyFile, .. fixture.AdminOf("SG")]);
        var kid = added.Output.Split(' ')[3];
        var listed = await CorridorctlRunner.RunAsync(["keys", "list", "--member", "SG", .. fixture.AdminOf("SG")]);
        var revoked = await CorridorctlRunner.RunAsync(["keys", "revoke", kid, "--member", "SG", "--reason", "replaced", .. fixture.AdminOf("SG")]);
        var afterwards = await CorridorctlRunner.RunAsync(["keys", "list", "--member", "SG", "--include-revoked", .. fixture.AdminOf("SG")]);

        Assert.True(added.ExitCode == 0, added.Error);
        Assert.Matches(@"^Added PASSES key sg-passes-\w+ of SG, valid \d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ to \d{4}-", added.Output);
        Assert.Contains(kid, listed.Output, StringComparison.Ordinal);
        Assert.True(revoked.ExitCode == 0, revoked.Error);
        Assert.StartsWith($"Revoked PASSES key {kid} of SG at ", revoked.Output, StringComparison.Ordinal);
        Assert.Contains("replaced", afterwards.Output.Split('\n').Single(l => l.Contains(kid, StringComparison.Ordinal)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_corridor_is_proposed_accepted_listed_and_suspended_without_grpcurl()
    {
        var proposed = await CorridorctlRunner.RunAsync(["corridors", "propose", "TH", "--member", "SG", "--max-stay", "10",
            "--purpose", "ESSENTIAL_BUSINESS", .. fixture.AdminOf("SG")]);
        var accepted = await CorridorctlRunner.RunAsync(["corridors", "accept", "SG-TH", "--member", "TH", .. fixture.AdminOf("TH")]);
        var listed = await CorridorctlRunner.RunAsync(["corridors", "list", .. fixture.AdminOf("SG")]);
        var suspended = await CorridorctlRunner.RunAsync(["corridors", "suspend", "SG-TH", "--member", "SG", "--reason", "outbreak", .. fixture.AdminOf("SG")]);
        var unknown = await CorridorctlRunner.RunAsync(["corridors", "propose", "TH", "--member", "SG", "--max-stay", "10", "--purpose", "SIGHTSEEING_BY_BOAT",
            .. fixture.AdminOf("SG")]);

        Assert.True(proposed.ExitCode == 0, proposed.Error);
        Assert.Contains("corridorctl corridors accept SG-TH --member TH", proposed.Output, StringComparison.Ordinal);
        Assert.Equal("SG-TH is OPEN", accepted.Output.Trim());
        Assert.Matches(@"SG-TH\s+OPEN\s+yes\s+10 days", listed.Output);
        Assert.Equal("SG-TH is SUSPENDED: outbreak", suspended.Output.Trim());
        Assert.Equal(2, unknown.ExitCode);
        Assert.Contains("--purpose: unknown purpose", unknown.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_corridor_admin_suspends_and_reinstates_a_member_state_and_anyone_reads_it()
    {
        string[] admin = ["--node", fixture.Host.Address.ToString(), "--token", fixture.Host.Token(CorridorRoles.CorridorAdmin)];

        var suspended = await CorridorctlRunner.RunAsync(["members", "suspend", "MM", "--reason", "Council decision", .. admin]);
        var got = await CorridorctlRunner.RunAsync("members", "get", "MM", "--node", fixture.Host.Address.ToString());
        var reinstated = await CorridorctlRunner.RunAsync(["members", "reinstate", "MM", "--reason", "Council decision", .. admin]);
        var listed = await CorridorctlRunner.RunAsync("members", "list", "--node", fixture.Host.Address.ToString());

        Assert.True(suspended.ExitCode == 0, suspended.Error);
        Assert.StartsWith("MM    SUSPENDED ", suspended.Output, StringComparison.Ordinal);
        Assert.EndsWith("(Council decision)", got.Output.Trim(), StringComparison.Ordinal);
        Assert.StartsWith("MM    ACTIVE ", reinstated.Output, StringComparison.Ordinal);
        Assert.Equal(12, listed.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length); // the header and the eleven members
    }

    [Fact]
    public async Task Changing_keys_without_a_token_hints_a_member_admin_token()
    {
        var (exitCode, _, error) = await CorridorctlRunner.RunAsync("keys", "revoke", "some-key", "--member", "SG", "--reason", "x",
            "--node", fixture.Host.Address.ToString());

        Assert.Equal(3, exitCode);
        Assert.Contains("token --role member-admin --member SG", error, StringComparison.Ordinal);
    }
}
