namespace TravelCorridor.Testing;

/// <summary>What a finished command printed (stdout and stderr interleaved as read) and its exit code.</summary>
internal sealed record CommandResult(int ExitCode, string Output);
