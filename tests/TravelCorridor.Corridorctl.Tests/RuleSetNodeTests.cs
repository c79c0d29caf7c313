using System.Globalization;

namespace TravelCorridor.Corridorctl.Tests;

/// <summary>corridorctl against a real node: publishing, reading, comparing and the errors a rule author meets.</summary>
public sealed class RuleSetNodeTests(RuleSetNodeFixture fixture) : IClassFixture<RuleSetNodeFixture>
{
    [Fact]
    public void Publishing_a_document_with_its_key_prints_the_stored_version_valid_from_and_rule_count()
    {
        Assert.True(fixture.Published1.ExitCode == 0, fixture.Published1.Error);
        Assert.Equal($"Published SG rule set version 1, valid from {Text(fixture.ValidFrom1)}, 2 rule(s); signed with key {RuleSetNodeFixture.KeyId}",
            fixture.Published1.Output.Trim());
    }

    [Fact]
    public async Task A_signed_file_is_published_as_it_is()
    {
        Assert.True(fixture.Published2.ExitCode == 0, fixture.Published2.Error);
        Assert.StartsWith("Published SG rule set version 2,", fixture.Published2.Output, StringComparison.Ordinal);

        var (exitCode, output, _) = await fixture.OnNode("rules", "get", "SG", "--version", "2", "--signed");

        Assert.Equal(0, exitCode);
        Assert.Equal(File.ReadAllText(fixture.Version2Signed).Trim(), output.Trim());
    }

    [Fact]
    public async Task Get_summarises_the_latest_rule_set_rule_by_rule()
    {
        var (exitCode, output, _) = await fixture.OnNode("rules", "get", "SG");

        Assert.Equal(0, exitCode);
        Assert.StartsWith("SG rule set version 2\n", output.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.Contains($"valid from   {Text(fixture.ValidFrom2)}", output, StringComparison.Ordinal);
        Assert.Contains($"signed by    key {RuleSetNodeFixture.KeyId}", output, StringComparison.Ordinal);
        Assert.Contains("value sets   accepted-test-types (2)", output, StringComparison.Ordinal);
        Assert.Contains("GR-SG-0001 1.1.0  Acceptance  DENY", output, StringComparison.Ordinal);
        Assert.Contains("The stay is at most 14 days", output, StringComparison.Ordinal);
        Assert.Contains("GR-SG-0003 1.0.0  Acceptance  DENY", output, StringComparison.Ordinal);
        Assert.Contains("origins    MY", output, StringComparison.Ordinal);
        Assert.DoesNotContain("Peraturan ujian", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_json_prints_the_document_byte_for_byte_as_it_was_signed()
    {
        var (exitCode, output, _) = await fixture.OnNode("rules", "get", "SG", "--version", "1", "--json");

        Assert.Equal(0, exitCode);
        Assert.Equal(File.ReadAllText(fixture.Version1File), output);
    }

    [Fact]
    public async Task Get_active_at_an_instant_gives_the_version_in_force_then()
    {
        var (first, between, _) = await fixture.OnNode("rules", "get", "SG", "--active", "--at", Text(fixture.ValidFrom1.AddMinutes(30)));
        var (second, after, _) = await fixture.OnNode("rules", "get", "SG", "--active", "--at", Text(fixture.ValidFrom2.AddMinutes(1)));

        Assert.Equal((0, 0), (first, second));
        Assert.StartsWith("SG rule set version 1\n", between.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.StartsWith("SG rule set version 2\n", after.ReplaceLineEndings("\n"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Versions_lists_every_version_newest_first()
    {
        var (exitCode, output, error) = await fixture.OnNode("rules", "versions", "SG");

        Assert.True(exitCode == 0, error);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("VERSION", lines[0], StringComparison.Ordinal);
        Assert.Matches($@"^2 +{Text(fixture.ValidFrom2)} +2  {RuleSetNodeFixture.KeyId} ", lines[1]);
        Assert.Matches($@"^1 +{Text(fixture.ValidFrom1)} +2  {RuleSetNodeFixture.KeyId} ", lines[2]);
        Assert.Matches(@"^0 +\S+ +7  \(baseline seed\) +- *$", lines[3]);
        Assert.Equal(4, lines.Length);
    }

    [Fact]
    public async Task Diff_shows_rules_added_removed_and_changed_value_sets_and_valid_from()
    {
        var (exitCode, output, _) = await fixture.OnNode("rules", "diff", "SG", "1", "2");

        Assert.Equal(0, exitCode);
        var lines = output.ReplaceLineEndings("\n").Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("SG rule set 1 -> 2", lines[0]);
        Assert.Contains("+ GR-SG-0003 1.0.0", lines);
        Assert.Contains("- GR-SG-0002 1.0.0", lines);
        var changed = Assert.Single(lines, l => l.StartsWith("~ GR-SG-0001 1.0.0 -> 1.1.0: ", StringComparison.Ordinal));
        Assert.Contains("Logic", changed, StringComparison.Ordinal);
        Assert.Contains("~ value set accepted-test-types", lines);
        Assert.Contains($"~ validFrom {Text(fixture.ValidFrom1)} -> {Text(fixture.ValidFrom2)}", lines);
    }

    [Fact]
    public async Task Publishing_a_version_not_above_the_current_one_prints_the_code_and_reason()
    {
        var (exitCode, output, error) = await fixture.OnNode("rules", "publish", fixture.Version1File, "--key", fixture.KeyFile);

        Assert.Equal(3, exitCode);
        Assert.Empty(output);
        Assert.StartsWith("error: FAILED_PRECONDITION: $.version: is 1, but SG's current version is 2", error, StringComparison.Ordinal);
        Assert.Contains("  reason: RULE_SET_VERSION_NOT_ABOVE_CURRENT (", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_prints_every_problem_of_a_broken_rule_set_one_per_line()
    {
        var broken = SgRuleSets.Version2(fixture.ValidFrom2)
            .Replace("\"version\":2", "\"version\":3", StringComparison.Ordinal)
            .Replace($"\"validFrom\":\"{Text(fixture.ValidFrom2)}\"", "\"validFrom\":\"tomorrow\"", StringComparison.Ordinal)
            .Replace("\"Outcome\": \"DENY\"", "\"Outcome\": \"BLOCK\"", StringComparison.Ordinal);
        var file = ScratchFiles.Write(fixture.Directory, "broken.json", broken);

        var (exitCode, output, _) = await fixture.OnNode("rules", "validate", file);

        Assert.Equal(1, exitCode);
        var lines = output.ReplaceLineEndings("\n").Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("error: INVALID_ARGUMENT: ", lines[0], StringComparison.Ordinal);
        Assert.Equal("  reason: INVALID_REQUEST", lines[1]);
        Assert.Contains(lines, l => l.StartsWith("  $.validFrom: must be an RFC 3339 instant", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("  $.rules[0].Outcome: ", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("  $.rules[1].Outcome: ", StringComparison.Ordinal));
        Assert.Equal(5, lines.Length);
    }

    [Fact]
    public async Task Validate_checks_a_document_without_and_a_signed_file_with_its_signature()
    {
        var document = ScratchFiles.Write(fixture.Directory, "sg-v3.json", SgRuleSets.Version2(fixture.ValidFrom2).Replace("\"version\":2", "\"version\":3", StringComparison.Ordinal));
        var signed = Path.Combine(fixture.Directory, "sg-v3.jws");
        Assert.Equal(0, (await CorridorctlRunner.RunAsync("rules", "sign", document, "--key", fixture.KeyFile, "--out", signed)).ExitCode);

        var (unsignedExit, unsignedOutput, _) = await fixture.OnNode("rules", "validate", document);
        var (signedExit, signedOutput, _) = await fixture.OnNode("rules", "validate", signed);

        Assert.Equal((0, 0), (unsignedExit, signedExit));
        Assert.Equal($"OK: SG rule set version 3, valid from {Text(fixture.ValidFrom2)}, 2 rule(s); unsigned, signature not checked", unsignedOutput.Trim());
        Assert.EndsWith($"; signature checked (key {RuleSetNodeFixture.KeyId})", signedOutput.Trim(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_with_valid_from_checks_the_document_at_that_date_and_a_signed_file_cannot_take_one()
    {
        var stale = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var document = ScratchFiles.Write(fixture.Directory, "sg-v5.json", SgRuleSets.Version2(stale).Replace("\"version\":2", "\"version\":5", StringComparison.Ordinal));
        var signed = Path.Combine(fixture.Directory, "sg-v5.jws");
        Assert.Equal(0, (await CorridorctlRunner.RunAsync("rules", "sign", document, "--key", fixture.KeyFile, "--out", signed)).ExitCode);
        var inThreeDays = DateTimeOffset.UtcNow.AddDays(3);

        var (exitCode, output, error) = await fixture.OnNode("rules", "validate", document, "--valid-from", "+3d");
        var (signedExit, _, signedError) = await fixture.OnNode("rules", "validate", signed, "--valid-from", "+3d");

        Assert.True(exitCode == 0, output + error);
        Assert.Contains($"valid from {inThreeDays:yyyy-MM-dd}", output, StringComparison.Ordinal);
        Assert.Equal(2, signedExit);
        Assert.Contains("already signed", signedError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_rule_set_signed_with_a_key_the_trust_list_does_not_hold_is_refused_with_the_signature_problem()
    {
        var (stranger, _) = ScratchFiles.Keygen(fixture.Directory, "SG", "sg-rules-unknown");
        var document = ScratchFiles.Write(fixture.Directory, "sg-v4.json", SgRuleSets.Version2(fixture.ValidFrom2).Replace("\"version\":2", "\"version\":4", StringComparison.Ordinal));

        var (exitCode, _, error) = await fixture.OnNode("rules", "publish", document, "--key", stranger);

        Assert.Equal(3, exitCode);
        Assert.StartsWith("error: INVALID_ARGUMENT: ", error, StringComparison.Ordinal);
        Assert.Contains("signature refused (UnknownKey)", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Publishing_without_a_token_is_refused_with_a_hint_where_tokens_come_from()
    {
        var (exitCode, _, error) = await CorridorctlRunner.RunAsync("rules", "publish", fixture.Version2Signed,
            "--node", fixture.Node.Address.ToString(), "--token", "");

        Assert.Equal(3, exitCode);
        Assert.StartsWith("error: UNAUTHENTICATED: ", error, StringComparison.Ordinal);
        Assert.Contains("hint: pass --token or set $CORRIDOR_TOKEN", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Getting_a_version_the_node_does_not_hold_is_not_found_with_its_reason()
    {
        var (exitCode, output, error) = await fixture.OnNode("rules", "get", "SG", "--version", "99");

        Assert.Equal(3, exitCode);
        Assert.Empty(output);
        Assert.Equal(
            ["error: NOT_FOUND: This node holds no version 99 of SG's rule set.", "  reason: RULE_SET_NOT_FOUND (member=SG, version=99)"],
            error.ReplaceLineEndings("\n").Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public async Task The_baseline_seed_has_a_document_but_no_signed_form()
    {
        var (summaryExit, summary, _) = await fixture.OnNode("rules", "get", "SG", "--version", "0");
        var (jsonExit, json, _) = await fixture.OnNode("rules", "get", "SG", "--version", "0", "--json");
        var (signedExit, signed, error) = await fixture.OnNode("rules", "get", "SG", "--version", "0", "--signed");

        Assert.Equal((0, 0, 1), (summaryExit, jsonExit, signedExit));
        Assert.StartsWith("SG rule set version 0 (baseline seed: unsigned, local to this node)", summary, StringComparison.Ordinal);
        Assert.DoesNotContain("signed by", summary, StringComparison.Ordinal);
        // Rebuilt from the set, it reads as a document an author could start from.
        using var document = System.Text.Json.JsonDocument.Parse(json);
        Assert.Equal("SG", document.RootElement.GetProperty("member").GetString());
        Assert.Equal(0, document.RootElement.GetProperty("version").GetInt64());
        Assert.Equal(7, document.RootElement.GetProperty("rules").GetArrayLength());
        Assert.Empty(signed);
        Assert.Contains("is the baseline seed, which is not signed", error, StringComparison.Ordinal);
    }

    private static string Text(DateTimeOffset instant) =>
        instant.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
