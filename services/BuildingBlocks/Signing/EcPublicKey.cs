using System.Security.Cryptography;
using System.Text.Json;

namespace TravelCorridor.Signing;

/// <summary>
/// A validated EC P-256 public key: only <see cref="PublicJwk"/> and <see cref="EcSigningKey"/> make
/// one, so holding an instance means the point was checked to lie on the curve.
/// </summary>
public sealed class EcPublicKey : IEquatable<EcPublicKey>
{
    internal const int CoordinateLength = 32;

    private readonly byte[] x;
    private readonly byte[] y;

    internal EcPublicKey(byte[] x, byte[] y)
    {
        this.x = x;
        this.y = y;
    }

    /// <summary>A fresh verifier for this key; the caller disposes it.</summary>
    public ECDsa CreateECDsa() => ECDsa.Create(Parameters());

    /// <summary>The public JWK in the trust list's normalised form: crv, kty, x, y in lexicographic order (RFC 7638).</summary>
    public string ToJwk() => JwkFields.Write(WriteMembers);

    public bool Equals(EcPublicKey? other) =>
        other is not null && x.AsSpan().SequenceEqual(other.x) && y.AsSpan().SequenceEqual(other.y);

    public override bool Equals(object? obj) => Equals(obj as EcPublicKey);

    public override int GetHashCode() => HashCode.Combine(BitConverter.ToInt32(x), BitConverter.ToInt32(y));

    private ECParameters Parameters() =>
        new() { Curve = ECCurve.NamedCurves.nistP256, Q = new ECPoint { X = x, Y = y } };

    internal void WriteMembers(Utf8JsonWriter json)
    {
        // Lexicographic order, as RFC 7638 thumbprints use: one spelling per key (see PublicJwk.Normalize).
        json.WriteString("crv", "P-256");
        json.WriteString("kty", "EC");
        json.WriteString("x", Base64UrlText.Encode(x));
        json.WriteString("y", Base64UrlText.Encode(y));
    }
}
