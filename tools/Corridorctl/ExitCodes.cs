namespace TravelCorridor.Corridorctl;

/// <summary>Process exit codes shared by all commands.</summary>
public static class ExitCodes
{
    /// <summary>Everything checked out.</summary>
    public const int Ok = 0;

    /// <summary>
    /// The command ran, and what it checked failed (a case failed, an expression is invalid, the node found
    /// problems in a rule set given to <c>rules validate</c>).
    /// </summary>
    public const int Failed = 1;

    /// <summary>
    /// The command could not run: wrong arguments, an unreadable file, malformed JSON where a rule was expected,
    /// a document that does not belong to the signing key's member.
    /// </summary>
    public const int InputError = 2;

    /// <summary>The node answered with an error: invalid request, not found, not allowed, not implemented.</summary>
    public const int RemoteError = 3;

    /// <summary>The node could not be reached, or did not answer in time; trying again later may help.</summary>
    public const int Unavailable = 4;

    /// <summary><c>clear</c>: the traveller was referred to an officer (recorded; no pass).</summary>
    public const int Referred = 5;

    /// <summary><c>clear</c>: the traveller was denied (recorded; no pass).</summary>
    public const int Denied = 6;
}
