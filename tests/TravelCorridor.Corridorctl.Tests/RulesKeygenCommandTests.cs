using System.Text.Json;
using TravelCorridor.Signing;

namespace TravelCorridor.Corridorctl.Tests;

public sealed class RulesKeygenCommandTests
{
    [Fact]
    public void Keygen_writes_a_private_key_whose_public_half_is_the_printed_trust_list_jwk()
    {
        var directory = ScratchFiles.Directory();
        var (keyFile, publicJwk) = ScratchFiles.Keygen(directory, "SG", "sg-rules-1");

        // The trust list takes it as it is, under the key id printed beside it.
        Assert.Null(PublicJwk.Problem(publicJwk, "sg-rules-1"));
        using var key = EcSigningKey.FromPrivateJwk(File.ReadAllText(keyFile));
        Assert.Equal("sg-rules-1", key.KeyId);
        Assert.Equal(PublicJwk.Parse(publicJwk), key.PublicKey);
        using var file = JsonDocument.Parse(File.ReadAllText(keyFile));
        Assert.Equal("SG", file.RootElement.GetProperty("member").GetString());
    }

    [Fact]
    public void Keygen_prints_an_AddTrustedKey_request_for_a_rules_key_valid_for_a_year()
    {
        var directory = ScratchFiles.Directory();

        var (exitCode, output, _) = CorridorctlRunner.Run("rules", "keygen", "--member", "sg", "--key-id", "k-1",
            "--out", Path.Combine(directory, "k.jwk"), "--json");

        Assert.Equal(0, exitCode);
        using var request = JsonDocument.Parse(output);
        var root = request.RootElement;
        Assert.Equal("SG", root.GetProperty("member").GetString());
        Assert.Equal("k-1", root.GetProperty("key_id").GetString());
        Assert.Equal("KEY_USE_RULES", root.GetProperty("use").GetString());
        Assert.Equal(TimeSpan.FromDays(365), root.GetProperty("not_after").GetDateTimeOffset() - root.GetProperty("not_before").GetDateTimeOffset());
    }

    [Fact]
    public void Keygen_without_a_key_id_names_the_key_after_member_date_and_thumbprint_and_shows_how_to_trust_it()
    {
        var directory = ScratchFiles.Directory();
        var keyFile = Path.Combine(directory, "sg.jwk");

        var (exitCode, output, _) = CorridorctlRunner.Run("rules", "keygen", "--member", "SG", "--out", keyFile);

        Assert.Equal(0, exitCode);
        using var key = EcSigningKey.FromPrivateJwk(File.ReadAllText(keyFile));
        Assert.Matches(@"^sg-rules-\d{8}-[0-9a-f]{8}$", key.KeyId);
        Assert.Contains($"Public JWK:  {key.ToPublicJwk()}", output, StringComparison.Ordinal);
        Assert.Contains("grpcurl -plaintext -H \"authorization: Bearer $CORRIDOR_TOKEN\" -d '{\"member\":\"SG\"", output, StringComparison.Ordinal);
        Assert.Contains("travelcorridor.membership.v1.MembershipService/AddTrustedKey", output, StringComparison.Ordinal);
    }

    [Fact]
    public void The_private_key_file_is_readable_by_its_owner_only()
    {
        if (OperatingSystem.IsWindows())
        {
            return; // no Unix file modes; the file inherits the directory's ACL
        }
        var directory = ScratchFiles.Directory();

        var (keyFile, _) = ScratchFiles.Keygen(directory);

        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(keyFile));
    }

    [Fact]
    public void An_existing_key_file_is_kept_unless_force_is_given()
    {
        var directory = ScratchFiles.Directory();
        var (keyFile, _) = ScratchFiles.Keygen(directory);
        var original = File.ReadAllText(keyFile);

        var (refused, _, error) = CorridorctlRunner.Run("rules", "keygen", "--member", "SG", "--out", keyFile);
        Assert.Equal(2, refused);
        Assert.Contains("already exists; pass --force", error, StringComparison.Ordinal);
        Assert.Equal(original, File.ReadAllText(keyFile));

        var (replaced, _, _) = CorridorctlRunner.Run("rules", "keygen", "--member", "SG", "--out", keyFile, "--force");
        Assert.Equal(0, replaced);
        Assert.NotEqual(original, File.ReadAllText(keyFile));
    }

    [Theory]
    [InlineData("--member", "SGP")]
    [InlineData("--member", "S1")]
    [InlineData("--key-id", "has space")]
    [InlineData("--key-id", "")]
    public void Keygen_refuses_a_malformed_member_or_key_id_before_making_a_key(string option, string value)
    {
        var directory = ScratchFiles.Directory();
        string[] args = option == "--member"
            ? ["rules", "keygen", "--member", value, "--out", Path.Combine(directory, "k.jwk")]
            : ["rules", "keygen", "--member", "SG", option, value, "--out", Path.Combine(directory, "k.jwk")];

        var (exitCode, _, error) = CorridorctlRunner.Run(args);

        Assert.Equal(2, exitCode);
        Assert.Contains(value.Length == 0 ? "--key-id" : value, error, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(directory));
    }

    [Fact]
    public void Keygen_needs_a_member()
    {
        var (exitCode, _, error) = CorridorctlRunner.Run("rules", "keygen");

        Assert.Equal(2, exitCode);
        Assert.Contains("--member", error, StringComparison.Ordinal);
    }
}
