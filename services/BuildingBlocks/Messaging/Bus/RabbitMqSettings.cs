namespace TravelCorridor.Messaging.Bus;

/// <summary>
/// Where the broker is: an AMQP URI in <c>ConnectionStrings:RabbitMq</c>, e.g. <c>amqp://user:pass@host:5672/vhost</c>,
/// optionally with <c>?heartbeat=SECONDS</c> (default <see cref="DefaultHeartbeat"/>; 0 turns heartbeats off).
/// </summary>
internal sealed record RabbitMqSettings(Uri Host, string Username, string Password, TimeSpan Heartbeat)
{
    /// <summary>
    /// AMQP heartbeats, which MassTransit leaves off unless asked. Without them a connection whose broker vanished
    /// without closing it (its host or container killed, the network cut) looks alive for as long as TCP keeps
    /// retrying: publishes wait for confirms that never come and the outbox stalls until the node restarts. With
    /// them RabbitMQ.Client gives the connection up after three to four silent intervals and the bus reconnects.
    /// 3 s, below RabbitMQ's general advice of 5 s: at 5 s a silent cut was noticed only after 15–20 s, which
    /// left too little of the outbox's 30 s drain promise on a loaded machine (measured: 17–27 s from the path's
    /// return to the last confirm). A false alarm costs a reconnect and re-published events, which consumers
    /// drop by EventId; a lost connection noticed late costs every event meanwhile.
    /// </summary>
    public static readonly TimeSpan DefaultHeartbeat = TimeSpan.FromSeconds(3);

    public static RabbitMqSettings Parse(string uri)
    {
        if (!Uri.TryCreate(uri, UriKind.Absolute, out var parsed) || parsed.Scheme is not ("amqp" or "amqps" or "rabbitmq"))
        {
            throw new ArgumentException($"ConnectionStrings:RabbitMq must be an amqp:// URI, got '{uri}'.");
        }
        var credentials = parsed.UserInfo.Split(':', 2);
        var username = credentials[0].Length > 0 ? Uri.UnescapeDataString(credentials[0]) : "guest";
        var password = credentials.Length > 1 ? Uri.UnescapeDataString(credentials[1]) : "guest";
        var vhost = parsed.AbsolutePath.Trim('/');
        var host = new UriBuilder("rabbitmq", parsed.Host, parsed.IsDefaultPort ? 5672 : parsed.Port,
            vhost.Length == 0 ? "/" : vhost).Uri;
        return new RabbitMqSettings(host, username, password, HeartbeatOf(parsed.Query, uri));
    }

    private static TimeSpan HeartbeatOf(string query, string uri)
    {
        foreach (var pair in query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var (name, value) = pair.Split('=', 2) is [var n, var v] ? (n, v) : (pair, "");
            if (name != "heartbeat")
            {
                throw new ArgumentException($"ConnectionStrings:RabbitMq takes only the query parameter heartbeat, got '{name}' in '{uri}'.");
            }
            return ushort.TryParse(value, out var seconds)
                ? TimeSpan.FromSeconds(seconds)
                : throw new ArgumentException($"ConnectionStrings:RabbitMq: heartbeat must be whole seconds (0 for none), got '{value}'.");
        }
        return DefaultHeartbeat;
    }
}
