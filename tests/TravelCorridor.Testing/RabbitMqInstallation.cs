namespace TravelCorridor.Testing;

/// <summary>Where the installed RabbitMQ server's scripts are (Debian's and RabbitMQ's own packages agree).</summary>
internal static class RabbitMqInstallation
{
    public const string InstallHint = "run scripts/test.sh or apt-get install rabbitmq-server";

    private const string ScriptsDirectory = "/usr/lib/rabbitmq/bin";

    // Not /usr/sbin/rabbitmq-server: Debian's wrapper there switches user with su and sends the console
    // to /var/log/rabbitmq, while we need the server's own process and output.
    public static string Server => Find("rabbitmq-server");

    public static string Ctl => Find("rabbitmqctl");

    private static string Find(string script)
    {
        var path = Path.Combine(ScriptsDirectory, script);
        return File.Exists(path)
            ? path
            : throw new InvalidOperationException($"RabbitMQ is not installed ({path} is missing): {InstallHint}.");
    }
}
