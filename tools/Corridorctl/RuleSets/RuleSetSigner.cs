using TravelCorridor.Signing;

namespace TravelCorridor.Corridorctl.RuleSets;

/// <summary>Signs a rule set document as it is, byte for byte, after the checks of <see cref="RuleSetDocument"/>.</summary>
internal static class RuleSetSigner
{
    /// <summary>The compact JWS of <paramref name="document"/> (the bytes of <paramref name="documentFile"/>, or them with
    /// <c>--valid-from</c> applied), or null after the problems were written to <paramref name="error"/>.</summary>
    public static string? Sign(byte[] document, FileInfo documentFile, FileInfo keyFile, TextWriter error)
    {
        var member = RuleSetDocument.Member(document, documentFile.Name, out var problem);
        using var key = member is null ? null : SigningKeyFile.TryRead(keyFile, out problem);
        if (key is null)
        {
            error.WriteLine(problem);
            return null;
        }
        if (SigningKeyFile.IsReadableByOthers(keyFile))
        {
            error.WriteLine($"warning: {keyFile.Name} can be read by others than its owner; chmod 600 it");
        }
        if (key.Member is null)
        {
            error.WriteLine($"warning: {keyFile.Name} names no member, so the document's member {member} was not checked against it");
        }
        else if (!string.Equals(key.Member, member, StringComparison.Ordinal))
        {
            error.WriteLine($"{documentFile.Name}: the rule set is for member {member}, but key {key.Key.KeyId} in {keyFile.Name} "
                + $"signs for {key.Member}; refusing to sign another member's rules");
            return null;
        }
        return CompactJws.Sign(key.Key, document);
    }
}
