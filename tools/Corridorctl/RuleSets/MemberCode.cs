using System.CommandLine.Parsing;

namespace TravelCorridor.Corridorctl.RuleSets;

/// <summary>Member state codes as arguments: two letters, taken in either case and sent in capitals as the node wants.</summary>
internal static class MemberCode
{
    public static string Parse(ArgumentResult result)
    {
        var text = result.Tokens.Count == 0 ? "" : result.Tokens[0].Value;
        if (text.Length != 2 || !text.All(char.IsAsciiLetter))
        {
            result.AddError($"'{text}' is not a member state code (two letters, e.g. SG)");
            return text;
        }
        return text.ToUpperInvariant();
    }
}
