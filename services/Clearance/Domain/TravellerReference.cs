using System.Security.Cryptography;
using System.Text;
using System.Buffers.Text;

namespace TravelCorridor.Clearance.Domain;

/// <summary>
/// The traveller as the audit log, events and passes name them: base64url of HMAC-SHA-256 over
/// "ISSUING_STATE:DOCUMENT_NUMBER" with a secret of the deciding node. The same document always gives the
/// same reference on that node, so decisions on one traveller can be told together; without the
/// secret a reference cannot be turned back into a document number, even by trying every number, and
/// references of different nodes cannot be joined.
/// </summary>
public sealed class TravellerReference(byte[] secret)
{
    public const int SecretBytes = 32;

    public string Of(string issuingState, string documentNumber)
    {
        var text = Encoding.UTF8.GetBytes($"{issuingState}:{documentNumber}");
        return Base64Url.EncodeToString(HMACSHA256.HashData(secret, text));
    }
}
