namespace TravelCorridor.Kernel.Errors;

/// <summary>
/// A request message gRPC cannot read — broken framing, a bad compressed flag, bytes that do not decompress, a
/// cut-short frame — where the handler itself reads it (a request stream): <c>INVALID_ARGUMENT</c>
/// <c>MALFORMED_MESSAGE</c>, as the request check answers for unary calls.
/// </summary>
public sealed class MalformedMessageException(string message) : CorridorException("MALFORMED_MESSAGE", message);
