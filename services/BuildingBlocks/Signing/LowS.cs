using System.Numerics;

namespace TravelCorridor.Signing;

/// <summary>
/// The canonical spelling of an ES256 signature. For every ECDSA signature (r, s) the pair (r, n − s) is
/// valid too, so without a rule one signed document has two signatures and two token texts — a pass could be
/// presented, stored and compared in two spellings. As Bitcoin's BIP 62 and Ethereum do, only the "low-S"
/// form, s ≤ n/2, is accepted; our signer always writes it.
/// </summary>
internal static class LowS
{
    private const int Half = 32;

    /// <summary>The order n of P-256's base point.</summary>
    private static readonly BigInteger Order =
        BigInteger.Parse("0FFFFFFFF00000000FFFFFFFFFFFFFFFFBCE6FAADA7179E84F3B9CAC2FC632551", System.Globalization.NumberStyles.HexNumber);

    /// <summary>n/2 as 32 big-endian bytes: s is compared byte by byte, with nothing allocated, on every signature.</summary>
    private static readonly byte[] HalfOrder = (Order >> 1).ToByteArray(isUnsigned: true, isBigEndian: true);

    /// <summary>True when the r||s signature's s is at most n/2.</summary>
    public static bool IsCanonical(ReadOnlySpan<byte> signature) => signature[Half..].SequenceCompareTo(HalfOrder) <= 0;

    /// <summary>Rewrites a high s as n − s, in place.</summary>
    public static void Canonicalize(Span<byte> signature)
    {
        if (IsCanonical(signature))
        {
            return;
        }
        var s = new BigInteger(signature[Half..], isUnsigned: true, isBigEndian: true);
        var low = signature[Half..];
        low.Clear();
        var value = Order - s;
        var length = value.GetByteCount(isUnsigned: true);
        value.TryWriteBytes(low[(Half - length)..], out _, isUnsigned: true, isBigEndian: true);
    }
}
