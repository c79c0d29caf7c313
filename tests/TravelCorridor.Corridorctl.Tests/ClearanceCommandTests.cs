using System.Text.Json;
using Google.Protobuf;
using TravelCorridor.Hosting.Security;
using TravelCorridor.Testing;
using TravelCorridor.Type.V1;

namespace TravelCorridor.Corridorctl.Tests;

/// <summary>A border officer's day with corridorctl against a real SG node with the baseline rules and MY-SG open.</summary>
public sealed class ClearanceCommandTests(ClearanceCommandTests.SgNode fixture) : IClassFixture<ClearanceCommandTests.SgNode>
{
    public sealed class SgNode : IAsyncLifetime
    {
        public NodeHost Node { get; private set; } = null!;

        public string Directory { get; } = ScratchFiles.Directory();

        public async Task InitializeAsync()
        {
            Node = await NodeHost.StartAsync("SG", settings: new Dictionary<string, string?> { ["Eligibility:SeedBaselineRules"] = "true" });
            await Corridors.OpenAsync(Node, "MY", "SG", 14, TravelPurpose.EssentialBusiness);
            await PassesKeys.RegisterAsync(Node);
        }

        public string[] As(string member = "SG") => ["--node", Node.Address.ToString(), "--token", Node.Token(CorridorRoles.BorderOfficer, member)];

        public async Task DisposeAsync() => await Node.DisposeAsync();
    }

    [Fact]
    public async Task Clear_prints_the_decision_and_a_pass_that_pass_verify_accepts()
    {
        var file = ScratchFiles.Write(fixture.Directory, "traveller.json",
            $$"""{ "application": {{JsonFormatter.Default.Format(Travellers.BusinessTrip())}} }""");

        var cleared = await CorridorctlRunner.RunAsync(["clear", file, .. fixture.As()]);
        var pass = cleared.Output.Split('\n').Single(l => l.StartsWith("eyJ", StringComparison.Ordinal)).Trim();
        var verified = await CorridorctlRunner.RunAsync(["pass", "verify", pass, .. fixture.As("MY")]);
        var forged = await CorridorctlRunner.RunAsync(["pass", "verify", pass[..^4] + "AAAA", .. fixture.As("MY")]);

        Assert.True(cleared.ExitCode == 0, cleared.Error);
        Assert.StartsWith("CLEARED  clr_", cleared.Output, StringComparison.Ordinal);
        Assert.Contains("GR-SG-", cleared.Output, StringComparison.Ordinal);
        Assert.Equal(0, verified.ExitCode);
        Assert.StartsWith("VALID", verified.Output, StringComparison.Ordinal);
        Assert.Equal(1, forged.ExitCode);
        Assert.StartsWith("INVALID  BAD_SIGNATURE", forged.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Clear_exits_with_a_code_of_its_own_when_the_traveller_is_not_cleared()
    {
        var trip = Travellers.BusinessTrip();
        trip.Trip.StayDays = 60; // beyond the corridor's 14 days
        var file = ScratchFiles.Write(fixture.Directory, "long-stay.json", $$"""{ "application": {{JsonFormatter.Default.Format(trip)}} }""");

        var decided = await CorridorctlRunner.RunAsync(["clear", file, .. fixture.As()]);

        var outcome = decided.Output.Split(' ', 2)[0];
        Assert.True(outcome is "DENIED" or "REFERRED", decided.Output + decided.Error);
        Assert.Equal(outcome == "DENIED" ? 6 : 5, decided.ExitCode);
    }

    [Fact]
    public async Task Pass_verify_with_the_presented_document_tells_the_holders_pass_from_anothers()
    {
        var file = ScratchFiles.Write(fixture.Directory, "holder.json",
            $$"""{ "application": {{JsonFormatter.Default.Format(Travellers.BusinessTrip())}} }""");
        var cleared = await CorridorctlRunner.RunAsync(["clear", file, .. fixture.As()]);
        var pass = cleared.Output.Split('\n').Single(l => l.StartsWith("eyJ", StringComparison.Ordinal)).Trim();

        var holder = await CorridorctlRunner.RunAsync(["pass", "verify", pass, "--document", "A12345678", "--issuing-state", "MY",
            "--birth-date", "1985-07-14", .. fixture.As("MY")]);
        var another = await CorridorctlRunner.RunAsync(["pass", "verify", pass, "--document", "X0000001", "--issuing-state", "MY", .. fixture.As("MY")]);
        var half = await CorridorctlRunner.RunAsync(["pass", "verify", pass, "--document", "A12345678", .. fixture.As("MY")]);

        Assert.True(holder.ExitCode == 0, holder.Output + holder.Error);
        Assert.Contains("holder      checked against the presented document", holder.Output, StringComparison.Ordinal);
        Assert.Equal(1, another.ExitCode);
        Assert.StartsWith("INVALID  HOLDER_MISMATCH", another.Output, StringComparison.Ordinal);
        Assert.Equal(2, half.ExitCode);
        Assert.Contains("--document and --issuing-state go together", half.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Files_that_are_not_UTF8_are_refused_naming_where_instead_of_read_with_replacement_characters()
    {
        var application = ScratchFiles.Write(fixture.Directory, "latin1.json", "");
        await File.WriteAllBytesAsync(application, [.. "{\"application\":{\"traveller\":{\"familyName\":\"R"u8.ToArray(), 0xFF, .. "\"}}}"u8.ToArray()]);
        var manifest = ScratchFiles.Write(fixture.Directory, "latin1.jsonl", "");
        await File.WriteAllBytesAsync(manifest, [.. "{}\n{\"x\":\""u8.ToArray(), 0xC3, 0x28, .. "\"}\n"u8.ToArray()]);

        var cleared = await CorridorctlRunner.RunAsync(["clear", application, .. fixture.As()]);
        var manifested = await CorridorctlRunner.RunAsync(["manifest", manifest, .. fixture.As()]);

        Assert.Equal(2, cleared.ExitCode);
        Assert.Contains("latin1.json: not valid UTF-8 at byte", cleared.Error, StringComparison.Ordinal);
        Assert.Equal(2, manifested.ExitCode);
        Assert.Contains("latin1.jsonl: line 2 is not valid UTF-8", manifested.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_manifest_in_json_lines_is_cleared_with_every_line_answered_and_a_summary()
    {
        var lines = Enumerable.Range(0, 200).Select(i =>
        {
            var application = Travellers.BusinessTrip();
            application.Traveller.Document.Number = $"M{i:D6}";
            if (i % 50 == 7)
            {
                application.Health.Vaccinations.Clear(); // referred
            }
            return $$"""{"entryReference": "seat-{{i}}", "application": {{JsonFormatter.Default.Format(application)}}}""";
        }).Append("this is not JSON");
        var file = ScratchFiles.Write(fixture.Directory, "manifest.jsonl", string.Join('\n', lines));
        var output = Path.Combine(fixture.Directory, "manifest-out.jsonl");

        var (exitCode, summary, error) = await CorridorctlRunner.RunAsync(["manifest", file, "--out", output, .. fixture.As()]);

        Assert.True(exitCode == 0, error);
        Assert.Contains("201 travellers", summary, StringComparison.Ordinal);
        Assert.Matches(@"CLEARED\s+196", summary);
        Assert.Matches(@"REFERRED\s+4", summary);
        Assert.Matches(@"UNREADABLE\s+1", summary);
        var answers = File.ReadAllLines(output).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(201, answers.Count);
        Assert.Equal(Enumerable.Range(1, 201).Select(n => (long)n), answers.Select(a => a.GetProperty("line").GetInt64()).Order());
        var seat = answers.Single(a => a.TryGetProperty("entryReference", out var r) && r.GetString() == "seat-7");
        Assert.Equal("REFERRED", seat.GetProperty("outcome").GetString());
        Assert.Equal(8, seat.GetProperty("line").GetInt64());
    }

    [Fact]
    public async Task A_manifest_in_csv_is_read_by_its_header()
    {
        var trip = Travellers.BusinessTrip().Trip;
        var departure = trip.DepartureTime.ToDateTimeOffset().ToString("yyyy-MM-ddTHH:mm:ssZ");
        var arrival = trip.ArrivalTime.ToDateTimeOffset().ToString("yyyy-MM-ddTHH:mm:ssZ");
        var file = ScratchFiles.Write(fixture.Directory, "manifest.csv", string.Join('\n',
            "entry_reference,document_type,document_number,issuing_state,expiry_date,nationality,date_of_birth,given_names,family_name,origin,destination,purpose,departure_time,arrival_time,stay_days,point_of_entry,controlled_itinerary,days_in_origin_before_departure,sponsor_organisation,sponsor_reference",
            $"1A,PASSPORT,C0000001,MY,2035-12-31,MY,1985-07-14,Aisyah,Rahman,MY,SG,ESSENTIAL_BUSINESS,{departure},{arrival},7,SIN,true,30,\"Petronas, Berhad\",RGL-1",
            $"1B,PASSPORT,,MY,2035-12-31,MY,1985-07-14,Ali,Rahman,MY,SG,ESSENTIAL_BUSINESS,{departure},{arrival},7,SIN,true,30,Petronas,RGL-2"));
        var output = Path.Combine(fixture.Directory, "csv-out.jsonl");

        var (exitCode, summary, error) = await CorridorctlRunner.RunAsync(["manifest", file, "--out", output, .. fixture.As()]);

        Assert.True(exitCode == 0, error);
        var answers = File.ReadAllLines(output).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        // No health evidence in CSV: without a negative test the baseline denies.
        Assert.Equal("DENIED", answers.Single(a => a.GetProperty("entryReference").GetString() == "1A").GetProperty("outcome").GetString());
        var bad = answers.Single(a => a.GetProperty("entryReference").GetString() == "1B").GetProperty("error");
        Assert.Equal("application.traveller.document.number", bad.GetProperty("fieldProblems")[0].GetProperty("field").GetString());
        Assert.Matches(@"ERROR\s+1", summary);
    }

    [Fact]
    public async Task A_csv_with_an_unknown_column_is_an_input_error_before_anything_is_sent()
    {
        var file = ScratchFiles.Write(fixture.Directory, "wrong.csv", "seat,document_number\n1A,X1");

        var (exitCode, _, error) = await CorridorctlRunner.RunAsync(["manifest", file, "--node", "http://127.0.0.1:1"]);

        Assert.Equal(ExitCodes.InputError, exitCode);
        Assert.Contains("unknown columns (seat)", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Clearances_can_be_listed_by_outcome_and_revoked()
    {
        var file = ScratchFiles.Write(fixture.Directory, "list-traveller.json", JsonFormatter.Default.Format(Travellers.BusinessTrip()));
        var cleared = await CorridorctlRunner.RunAsync(["clear", file, .. fixture.As()]);
        var id = cleared.Output.Split(' ', '\n').First(w => w.StartsWith("clr_", StringComparison.Ordinal));

        var listed = await CorridorctlRunner.RunAsync(["clearances", "list", "--outcome", "cleared", "--all", .. fixture.As()]);
        var revoked = await CorridorctlRunner.RunAsync(["clearances", "revoke", id, "--reason", "passport reported stolen", .. fixture.As()]);
        var again = await CorridorctlRunner.RunAsync(["clearances", "revoke", id, "--reason", "twice", .. fixture.As()]);

        Assert.True(listed.ExitCode == 0, listed.Error);
        Assert.Contains(id, listed.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("REFERRED ", listed.Output, StringComparison.Ordinal);
        var lines = listed.Output.Split('\n');
        var row = lines.Single(l => l.Contains(id, StringComparison.Ordinal));
        Assert.Equal(lines[0].IndexOf("OUTCOME", StringComparison.Ordinal), row.IndexOf("CLEARED", StringComparison.Ordinal));
        Assert.Equal(lines[0].IndexOf("CLEARANCE", StringComparison.Ordinal), row.IndexOf(id, StringComparison.Ordinal));
        Assert.Matches(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ ", row);
        Assert.Equal(0, revoked.ExitCode);
        Assert.StartsWith($"REVOKED  {id} at ", revoked.Output, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.RemoteError, again.ExitCode);
        Assert.Contains("ALREADY_REVOKED", again.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_clearance_is_read_back_by_id_and_every_read_prints_proto_json_with_output_json()
    {
        var file = ScratchFiles.Write(fixture.Directory, "get-traveller.json", JsonFormatter.Default.Format(Travellers.BusinessTrip()));
        var cleared = await CorridorctlRunner.RunAsync(["clear", file, "--output", "json", .. fixture.As()]);
        using var clearance = JsonDocument.Parse(cleared.Output);
        var id = clearance.RootElement.GetProperty("clearanceId").GetString()!;

        var table = await CorridorctlRunner.RunAsync(["clearances", "get", id, .. fixture.As()]);
        var json = await CorridorctlRunner.RunAsync(["clearances", "get", id, "--output", "json", .. fixture.As()]);
        var listed = await CorridorctlRunner.RunAsync(["clearances", "list", "--all", "--output", "json", .. fixture.As()]);
        var members = await CorridorctlRunner.RunAsync(["members", "list", "--output", "json", "--node", fixture.Node.Address.ToString()]);
        var unknown = await CorridorctlRunner.RunAsync(["clearances", "get", "clr_00000000000000000000000000000000", .. fixture.As()]);
        var badFormat = await CorridorctlRunner.RunAsync(["members", "list", "--output", "yaml", "--node", fixture.Node.Address.ToString()]);

        Assert.Equal(0, cleared.ExitCode);
        Assert.Equal("DECISION_OUTCOME_CLEARED", clearance.RootElement.GetProperty("decision").GetProperty("outcome").GetString());
        Assert.True(table.ExitCode == 0, table.Error);
        Assert.StartsWith($"CLEARED  {id}", table.Output, StringComparison.Ordinal);
        using var read = JsonDocument.Parse(json.Output);
        Assert.Equal(clearance.RootElement.GetProperty("pass").GetString(), read.RootElement.GetProperty("pass").GetString());
        using var list = JsonDocument.Parse(listed.Output);
        Assert.Contains(list.RootElement.EnumerateArray(), c => c.GetProperty("clearanceId").GetString() == id);
        using var memberList = JsonDocument.Parse(members.Output);
        Assert.Contains(memberList.RootElement.EnumerateArray(), m => m.GetProperty("code").GetString() == "SG");
        Assert.Equal(ExitCodes.RemoteError, unknown.ExitCode);
        Assert.Contains("NOT_FOUND", unknown.Error, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.InputError, badFormat.ExitCode);
    }

    [Fact]
    public async Task The_sample_manifest_and_application_in_docs_work_as_the_readme_shows()
    {
        var examples = Path.Combine(NodeScript.RepositoryRoot(), "docs", "examples");
        var output = Path.Combine(fixture.Directory, "MH603.decisions.jsonl");

        var manifest = await CorridorctlRunner.RunAsync(["manifest", Path.Combine(examples, "manifest-MH603.jsonl"), "--out", output, .. fixture.As()]);
        var single = await CorridorctlRunner.RunAsync(["clear", Path.Combine(examples, "evaluate-eligibility.json"), .. fixture.As()]);

        Assert.True(manifest.ExitCode == 0, manifest.Error);
        var outcomes = File.ReadAllLines(output).Select(l => JsonDocument.Parse(l).RootElement)
            .ToDictionary(a => a.GetProperty("entryReference").GetString()!, a => a.GetProperty("outcome").GetString());
        Assert.Equal(new Dictionary<string, string?> { ["12A"] = "CLEARED", ["12B"] = "REFERRED", ["14C"] = "DENIED" }, outcomes);
        Assert.True(single.ExitCode == 0, single.Output + single.Error);
    }
}
