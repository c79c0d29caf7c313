namespace TravelCorridor.Testing;

/// <summary>
/// The files and environment variables that make a rabbitmq-server start a private node: its own name,
/// ports, data, logs, plugins and Erlang cookie, ignoring every system-wide file under /etc/rabbitmq.
/// </summary>
internal sealed class RabbitMqNode(string directory, string nodeName, int amqpPort, int distributionPort)
{
    public string LogFile => Path.Combine(directory, "console.log");

    public string MnesiaDirectory => Path.Combine(directory, "mnesia");

    public IReadOnlyDictionary<string, string> Environment => new Dictionary<string, string>
    {
        // The Erlang VM creates .erlang.cookie in HOME; a private one means rabbitmqctl works without
        // touching /var/lib/rabbitmq/.erlang.cookie, whoever runs the tests.
        ["HOME"] = directory,
        ["RABBITMQ_NODENAME"] = nodeName,
        ["RABBITMQ_NODE_IP_ADDRESS"] = "127.0.0.1",
        ["RABBITMQ_NODE_PORT"] = amqpPort.ToString(),
        ["RABBITMQ_DIST_PORT"] = distributionPort.ToString(),
        ["RABBITMQ_SERVER_ADDITIONAL_ERL_ARGS"] = "-kernel inet_dist_use_interface {127,0,0,1}",
        ["RABBITMQ_MNESIA_BASE"] = MnesiaDirectory,
        ["RABBITMQ_LOG_BASE"] = Path.Combine(directory, "log"),
        ["RABBITMQ_PID_FILE"] = Path.Combine(directory, "rabbitmq.pid"),
        ["RABBITMQ_ENABLED_PLUGINS_FILE"] = Path.Combine(directory, "enabled_plugins"),
        ["RABBITMQ_CONFIG_FILE"] = Path.Combine(directory, "rabbitmq.conf"),
        ["RABBITMQ_CONFIG_FILES"] = Path.Combine(directory, "conf.d"),
        ["RABBITMQ_ADVANCED_CONFIG_FILE"] = Path.Combine(directory, "advanced.config"),
        ["RABBITMQ_CONF_ENV_FILE"] = Path.Combine(directory, "rabbitmq-env.conf"),
        // rabbitmqctl otherwise listens on one of the 11 fixed ports 35672-35682, which parallel test
        // runs would exhaust; 0 lets the kernel choose.
        ["RABBITMQ_CTL_DIST_PORT_MIN"] = "0",
        ["RABBITMQ_CTL_DIST_PORT_MAX"] = "0",
    };

    /// <summary>Creates the directory and the files the environment points at.</summary>
    public void WriteFiles(IReadOnlyCollection<string> enabledPlugins)
    {
        Directory.CreateDirectory(MnesiaDirectory);
        Directory.CreateDirectory(Path.Combine(directory, "log"));
        Directory.CreateDirectory(Path.Combine(directory, "conf.d"));
        File.WriteAllText(Path.Combine(directory, "enabled_plugins"), $"[{string.Join(',', enabledPlugins)}].{System.Environment.NewLine}");
        File.WriteAllText(
            Path.Combine(directory, "rabbitmq.conf"),
            """
            # A throwaway broker started by TravelCorridor.Testing.
            # Test machines can be short of disk: the default 50 MB free-disk alarm would silently block
            # every publisher, which shows up as a hanging test rather than a clear failure.
            disk_free_limit.absolute = 1MB

            """);
    }
}
