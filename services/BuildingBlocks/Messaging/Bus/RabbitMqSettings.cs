namespace TravelCorridor.Messaging.Bus;

/// <summary>Where the broker is: an AMQP URI in <c>ConnectionStrings:RabbitMq</c>, e.g. <c>amqp://user:pass@host:5672/vhost</c>.</summary>
internal sealed record RabbitMqSettings(Uri Host, string Username, string Password)
{
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
        return new RabbitMqSettings(host, username, password);
    }
}
