using System.Collections.Concurrent;
using System.Security.Cryptography;

namespace TravelCorridor.Signing;

/// <summary>
/// A member's private ES256 key with the key id the trust list knows it by. Create one, keep
/// <see cref="ToPrivateJwk"/> secret, publish <see cref="ToPublicJwk"/> in the trust list.
/// </summary>
public sealed class EcSigningKey : IDisposable
{
    private readonly ECDsa key;

    // ECDsa instances are not documented as thread-safe, and one key signs for many concurrent requests
    // (a pass per cleared traveller): each signature borrows an instance of its own, made from the same key
    // when none is free, so signers never wait for each other. At most one per concurrent signer is kept.
    private readonly ConcurrentBag<ECDsa> signers = [];

    private EcSigningKey(string keyId, ECDsa key, EcPublicKey publicKey)
    {
        KeyId = keyId;
        this.key = key;
        PublicKey = publicKey;
    }

    public string KeyId { get; }

    public EcPublicKey PublicKey { get; }

    public static EcSigningKey Create(string keyId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(keyId);
        return From(keyId, ECDsa.Create(ECCurve.NamedCurves.nistP256));
    }

    /// <summary>Loads a key saved with <see cref="ToPrivateJwk"/>; <paramref name="keyId"/> overrides the JWK's kid.</summary>
    /// <exception cref="FormatException">The JWK is not a P-256 key pair, or no key id is known.</exception>
    public static EcSigningKey FromPrivateJwk(string privateJwk, string? keyId = null) =>
        PrivateJwkReader.TryRead(privateJwk, keyId, out var kid, out var pair, out var problem)
            ? From(kid, ImportPair(pair))
            : throw new FormatException($"The private JWK {problem}.");

    /// <summary>The private JWK with kid and 'd': a secret, for the member's own key store only.</summary>
    public string ToPrivateJwk()
    {
        var d = key.ExportParameters(includePrivateParameters: true).D!;
        try
        {
            return JwkFields.Write(json =>
            {
                json.WriteString("kid", KeyId);
                PublicKey.WriteMembers(json);
                json.WriteString("d", Base64UrlText.Encode(d));
            });
        }
        finally
        {
            CryptographicOperations.ZeroMemory(d);
        }
    }

    /// <summary>The public JWK (crv, kty, x, y, normalised), ready for the trust list, which keeps the key id beside it.</summary>
    public string ToPublicJwk() => PublicKey.ToJwk();

    public void Dispose()
    {
        key.Dispose();
        while (signers.TryTake(out var signer))
        {
            signer.Dispose();
        }
    }

    internal byte[] Sign(ReadOnlySpan<byte> signingInput)
    {
        if (!signers.TryTake(out var signer))
        {
            lock (signers)
            {
                var parameters = key.ExportParameters(includePrivateParameters: true);
                signer = ECDsa.Create(parameters);
                CryptographicOperations.ZeroMemory(parameters.D);
            }
        }
        try
        {
            var signature = signer.SignData(signingInput, HashAlgorithmName.SHA256, DSASignatureFormat.IeeeP1363FixedFieldConcatenation);
            LowS.Canonicalize(signature);
            return signature;
        }
        finally
        {
            signers.Add(signer);
        }
    }

    private static EcSigningKey From(string keyId, ECDsa key)
    {
        var q = key.ExportParameters(includePrivateParameters: false).Q;
        return new EcSigningKey(keyId, key, new EcPublicKey(q.X!, q.Y!));
    }

    private static ECDsa ImportPair(ECParameters parameters)
    {
        try
        {
            // The platform checks that the point is on the curve and belongs to 'd'.
            return ECDsa.Create(parameters);
        }
        catch (CryptographicException)
        {
            throw new FormatException("The private JWK is not a P-256 key pair (the point is off the curve or does not match 'd').");
        }
        finally
        {
            CryptographicOperations.ZeroMemory(parameters.D);
        }
    }
}
