using System.CommandLine.Parsing;
using TravelCorridor.Kernel;

namespace TravelCorridor.Corridorctl.RuleSets;

/// <summary>Member state codes as arguments: two letters, taken in either case and sent in capitals as the node wants.</summary>
internal static class MemberCodeArgument
{
    public static string Parse(ArgumentResult result)
    {
        var text = result.Tokens.Count == 0 ? "" : result.Tokens[0].Value;
        var code = text.ToUpperInvariant();
        if (!MemberCode.IsValid(code))
        {
            result.AddError($"'{text}' is not a member state code (two letters, e.g. SG)");
            return text;
        }
        return code;
    }
}
