using System.Buffers.Binary;
using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace TravelCorridor.Hosting.Paging;

/// <summary>
/// The opaque page token: base64url of a version byte, the last key of the page and a digest of the key
/// and the list's filter. The digest makes a token unusable with other filters and makes an altered or
/// truncated one fail cleanly. It is no secret (the data is public and a forged token only names a
/// starting point), so tokens work on every node and across restarts.
/// </summary>
internal static class PageToken
{
    private const byte Version = 1;
    private const int DigestLength = 16;

    /// <summary>Far above any real token (a key of two codes and a 64-character id), checked before decoding.</summary>
    private const int MaxLength = 512;

    public static string Encode(string filter, string lastKey)
    {
        var key = Encoding.UTF8.GetBytes(lastKey);
        var token = new byte[1 + key.Length + DigestLength];
        token[0] = Version;
        key.CopyTo(token, 1);
        Digest(filter, key).CopyTo(token.AsSpan(1 + key.Length));
        return Base64Url.EncodeToString(token);
    }

    /// <summary>The last key of the previous page, or false when the token is not one this list gave out for these filters.</summary>
    public static bool TryDecode(string token, string filter, out string? lastKey)
    {
        lastKey = null;
        if (token.Length > MaxLength)
        {
            return false;
        }
        byte[] bytes;
        try
        {
            bytes = Base64Url.DecodeFromChars(token);
        }
        catch (FormatException)
        {
            return false;
        }
        if (bytes.Length <= 1 + DigestLength || bytes[0] != Version)
        {
            return false;
        }
        var key = bytes.AsSpan(1, bytes.Length - 1 - DigestLength);
        if (!CryptographicOperations.FixedTimeEquals(Digest(filter, key), bytes.AsSpan(bytes.Length - DigestLength)))
        {
            return false;
        }
        lastKey = Encoding.UTF8.GetString(key);
        return true;
    }

    private static byte[] Digest(string filter, ReadOnlySpan<byte> key)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        // Length-prefixed, so that no filter and key can be cut differently into the same bytes.
        Span<byte> length = stackalloc byte[4];
        var filterBytes = Encoding.UTF8.GetBytes(filter);
        BinaryPrimitives.WriteInt32BigEndian(length, filterBytes.Length);
        hash.AppendData("travelcorridor page token v1"u8);
        hash.AppendData(length);
        hash.AppendData(filterBytes);
        hash.AppendData(key);
        return hash.GetHashAndReset()[..DigestLength];
    }
}
