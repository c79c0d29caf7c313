using System.Buffers.Text;
using System.Text;
using TravelCorridor.Signing;

namespace TravelCorridor.Corridorctl.Tests;

public sealed class RulesSignCommandTests
{
    // Tabs, CRLF, a space before a colon, key order no serialiser would pick, escapes, non-ASCII text and no final
    // newline: any re-serialisation would change at least one of them.
    private const string Document =
        "{\t\"rules\" : [ ],\r\n  \"valueSets\":{\"cities\":[\"Singapura\",\"Kuala Lumpur \\u2192 Johor\",\"caf\u00e9\"]},"
        + "\"member\":\"SG\" ,\"version\": 3,\"validFrom\":\"2026-12-01T00:00:00Z\"  }";

    [Fact]
    public async Task The_signature_verifies_with_the_public_key_and_the_payload_is_the_file_byte_for_byte()
    {
        var directory = ScratchFiles.Directory();
        var (keyFile, publicJwk) = ScratchFiles.Keygen(directory, "SG", "sg-rules-1");
        var document = ScratchFiles.Write(directory, "rules.json", Document);

        var (exitCode, output, error) = CorridorctlRunner.Run("rules", "sign", document, "--key", keyFile);

        Assert.True(exitCode == 0, error);
        var token = output.Trim();
        var trustList = new OneKeyTrustList(new TrustListEntry("SG", "sg-rules-1", TrustedKeyUse.Rules, PublicJwk.Parse(publicJwk),
            DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(1), Revoked: false));
        var verified = await new JwsVerifier(trustList).VerifyAsync(token, "SG", TrustedKeyUse.Rules, DateTimeOffset.UtcNow);
        Assert.True(verified.IsValid, verified.Message);
        Assert.Equal(File.ReadAllBytes(document), verified.Payload.ToArray());
        Assert.Equal("""{"alg":"ES256","kid":"sg-rules-1"}""", Encoding.UTF8.GetString(Base64Url.DecodeFromChars(token.Split('.')[0])));
    }

    [Fact]
    public void Valid_from_relative_to_now_replaces_the_documents_date_before_it_is_signed()
    {
        var directory = ScratchFiles.Directory();
        var (keyFile, _) = ScratchFiles.Keygen(directory);
        var document = ScratchFiles.Write(directory, "rules.json", Document);
        var before = DateTimeOffset.UtcNow;

        var (exitCode, output, error) = CorridorctlRunner.Run("rules", "sign", document, "--key", keyFile, "--valid-from", "+3d");
        var (wrongCode, _, wrongError) = CorridorctlRunner.Run("rules", "sign", document, "--key", keyFile, "--valid-from", "soon");

        Assert.True(exitCode == 0, error);
        Assert.True(CompactJws.TryParse(output.Trim(), out var jws, out _));
        var validFrom = DateTimeOffset.Parse(
            System.Text.Json.JsonDocument.Parse(jws.Payload.ToArray()).RootElement.GetProperty("validFrom").GetString()!, System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(validFrom, before.AddDays(3).AddSeconds(-1), DateTimeOffset.UtcNow.AddDays(3));
        Assert.Equal(2, wrongCode);
        Assert.Contains("--valid-from 'soon' is neither", wrongError, StringComparison.Ordinal);
    }

    [Fact]
    public void Sign_writes_the_jws_to_the_out_file()
    {
        var directory = ScratchFiles.Directory();
        var (keyFile, _) = ScratchFiles.Keygen(directory);
        var document = ScratchFiles.Write(directory, "rules.json", Document);
        var signed = Path.Combine(directory, "rules.jws");

        var (exitCode, output, _) = CorridorctlRunner.Run("rules", "sign", document, "--key", keyFile, "--out", signed);

        Assert.Equal(0, exitCode);
        Assert.Empty(output);
        Assert.True(CompactJws.TryParse(File.ReadAllText(signed).Trim(), out var jws, out _));
        Assert.Equal(File.ReadAllBytes(document), jws.Payload.ToArray());
    }

    [Fact]
    public void A_document_of_another_member_is_refused()
    {
        var directory = ScratchFiles.Directory();
        var (keyFile, _) = ScratchFiles.Keygen(directory, "SG", "sg-rules-1");
        var document = ScratchFiles.Write(directory, "my.json", Document.Replace("\"SG\"", "\"MY\"", StringComparison.Ordinal));

        var (exitCode, output, error) = CorridorctlRunner.Run("rules", "sign", document, "--key", keyFile);

        Assert.Equal(2, exitCode);
        Assert.Empty(output);
        Assert.Contains("my.json: the rule set is for member MY, but key sg-rules-1 in sg-rules-1.jwk signs for SG", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{ \"member\": \"SG\", ", "not valid JSON")]
    [InlineData("[ { \"member\": \"SG\" } ]", "a rule set document is a JSON object")]
    [InlineData("{ \"version\": 1 }", "has no \"member\"")]
    [InlineData("", "not valid JSON")]
    [InlineData("\uFEFF{ \"member\": \"SG\" }", "byte order mark")]
    public void A_file_that_is_not_a_rule_set_document_is_not_signed(string content, string problem)
    {
        var directory = ScratchFiles.Directory();
        var (keyFile, _) = ScratchFiles.Keygen(directory);
        var document = ScratchFiles.Write(directory, "rules.json", content);

        var (exitCode, output, error) = CorridorctlRunner.Run("rules", "sign", document, "--key", keyFile);

        Assert.Equal(2, exitCode);
        Assert.Empty(output);
        Assert.Contains(problem, error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_key_file_that_is_not_a_private_key_is_refused()
    {
        var directory = ScratchFiles.Directory();
        var (_, publicJwk) = ScratchFiles.Keygen(directory);
        var publicOnly = ScratchFiles.Write(directory, "public.jwk", publicJwk);
        var document = ScratchFiles.Write(directory, "rules.json", Document);

        var (exitCode, _, error) = CorridorctlRunner.Run("rules", "sign", document, "--key", publicOnly);

        Assert.Equal(2, exitCode);
        Assert.Contains("public.jwk: The private JWK", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Sign_needs_a_key()
    {
        var directory = ScratchFiles.Directory();
        var document = ScratchFiles.Write(directory, "rules.json", Document);

        var (exitCode, _, error) = CorridorctlRunner.Run("rules", "sign", document);

        Assert.Equal(2, exitCode);
        Assert.Contains("--key", error, StringComparison.Ordinal);
    }
}
