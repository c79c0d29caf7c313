namespace TravelCorridor.Corridorctl;

/// <summary>Process exit codes shared by all commands.</summary>
public static class ExitCodes
{
    /// <summary>Everything checked out.</summary>
    public const int Ok = 0;

    /// <summary>The command ran, and what it checked failed (a case failed, an expression is invalid).</summary>
    public const int Failed = 1;

    /// <summary>The command could not run: unreadable file, malformed JSON where a rule was expected.</summary>
    public const int InputError = 2;
}
