using System.Buffers.Text;
using System.Numerics;

namespace TravelCorridor.Testing;

/// <summary>Rewrites a token's ES256 signature (r, s) as (r, n − s) where needed: the other valid spelling of one signature.</summary>
public static class LowSSignatures
{
    private static readonly BigInteger Order =
        BigInteger.Parse("0FFFFFFFF00000000FFFFFFFFFFFFFFFFBCE6FAADA7179E84F3B9CAC2FC632551", System.Globalization.NumberStyles.HexNumber);

    /// <summary>The token with its s in the lower half of the order (<paramref name="low"/>) or the upper half.</summary>
    public static string Spelled(string token, bool low)
    {
        var parts = token.Split('.');
        var signature = Base64Url.DecodeFromChars(parts[2]);
        var s = new BigInteger(signature.AsSpan(32), isUnsigned: true, isBigEndian: true);
        if (s <= Order >> 1 != low)
        {
            var other = (Order - s).ToByteArray(isUnsigned: true, isBigEndian: true);
            Array.Clear(signature, 32, 32);
            other.CopyTo(signature, 64 - other.Length);
        }
        return $"{parts[0]}.{parts[1]}.{Base64Url.EncodeToString(signature)}";
    }
}
