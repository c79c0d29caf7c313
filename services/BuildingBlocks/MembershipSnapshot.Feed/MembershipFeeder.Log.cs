using Microsoft.Extensions.Logging;

namespace TravelCorridor.MembershipSnapshot;

internal sealed partial class MembershipFeeder
{
    [LoggerMessage(LogLevel.Information, "Membership snapshot loaded from {Address}: {Members} member states, {Corridors} corridors, {Keys} trusted keys")]
    private partial void LogLoaded(Uri address, int members, int corridors, int keys);

    [LoggerMessage(LogLevel.Warning, "Membership at {Address} has no change log up to sequence {Sequence} any more ({Detail}); loading its whole state again")]
    private partial void LogLogReplaced(Uri address, long sequence, string detail);

    [LoggerMessage(LogLevel.Information, "Membership snapshot reconnected to {Address}, resuming after sequence {Sequence}")]
    private partial void LogResumed(Uri address, long sequence);

    [LoggerMessage(LogLevel.Warning, "Membership at {Address} unreachable ({Reason}); serving the snapshot at sequence {Sequence} until it is back")]
    private partial void LogUnreachable(string address, long sequence, string reason);

    [LoggerMessage(LogLevel.Warning, "Membership at {Address} unreachable ({Reason}); no membership snapshot until it answers")]
    private partial void LogUnreachableBeforeLoad(string address, string reason);

    [LoggerMessage(LogLevel.Debug, "Membership at {Address} still unreachable ({Reason})")]
    private partial void LogStillUnreachable(string address, string reason);
}
