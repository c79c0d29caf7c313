using System.CommandLine;
using System.Text.Json;
using RabbitMQ.Client;
using RabbitMQ.Client.Events;
using RabbitMQ.Client.Exceptions;
using TravelCorridor.Contracts;
using TravelCorridor.Corridorctl.Events;
using TravelCorridor.Signing.Corridor;

namespace TravelCorridor.Corridorctl.Commands;

/// <summary>
/// <c>corridorctl events tail [--type T,…] [--count N] [--broker URL]</c>: an operator or integrator watches a member's
/// broker. A private queue (exclusive, gone when the command ends, never competing with a node's queues) is bound to
/// the fanout exchange of each chosen event type (docs/events.md, docs/asyncapi.json), and every event is printed as
/// it arrives: one line for people, or one proto-JSON line each with <c>--output json</c>. Ctrl+C stops.
/// </summary>
/// <remarks>
/// With <c>--corridor FILE</c> (the corridor file every node holds) each event's signature is checked as a node checks it
/// before applying the event, and each line says <c>verified</c> or <c>refused: REASON</c>; without one, <c>not checked</c>.
/// </remarks>
public static class EventsCommand
{
    public const string BrokerVariable = "CORRIDOR_BROKER";

    public const string CorridorVariable = "CORRIDOR_FILE";

    /// <summary>Every event contract's exchange by the contract's name.</summary>
    private static readonly IReadOnlyDictionary<string, string> Exchanges =
        EventContracts.All.ToDictionary(t => t.Name, EventContracts.ExchangeName, StringComparer.OrdinalIgnoreCase);

    /// <summary>Every event contract by its exchange.</summary>
    private static readonly IReadOnlyDictionary<string, System.Type> Contracts = EventContracts.All.ToDictionary(EventContracts.ExchangeName);

    public static Command Create() => new("events", "Integration events on a member's broker") { Tail() };

    private static Command Tail()
    {
        var broker = new Option<string?>("--broker") { Description = $"The broker, amqp://USER:PASSWORD@HOST:PORT/ (default: ${BrokerVariable}, else broker in the config file)" };
        var types = new Option<string?>("--type")
        {
            Description = $"Only these event types, comma-separated (default: all of {string.Join(", ", Exchanges.Keys.Order())})",
        };
        var count = new Option<int?>("--count") { Description = "Stop after this many events" };
        var corridor = new Option<string?>("--corridor")
        {
            Description = $"The corridor file every node holds (its members' node keys): verify each event's signature as a node does (default: ${CorridorVariable}, else corridor in the config file)",
        };
        var output = new Option<string>("--output") { Description = "table (one line per event, the default) or json (one JSON line per event)", DefaultValueFactory = _ => "table" };
        output.AcceptOnlyFromAmong("table", "json");
        var command = new Command("tail", "Print events as they arrive on a broker, until Ctrl+C or --count.\n" +
            "Example: corridorctl events tail --broker amqp://sg-node:PASSWORD@127.0.0.1:5672/ --type TravellerCleared,ClearanceRevoked --corridor deploy/corridor.json")
        {
            broker, types, count, corridor, output,
        };
        command.SetAction(async (parse, cancel) =>
        {
            var error = parse.InvocationConfiguration.Error;
            var config = Remote.CorridorctlConfig.Load(out var problem);
            if (problem is not null)
            {
                error.WriteLine(problem);
                return ExitCodes.InputError;
            }
            var text = parse.GetValue(broker) ?? Environment.GetEnvironmentVariable(BrokerVariable) ?? config.Broker;
            if (string.IsNullOrWhiteSpace(text) || !Uri.TryCreate(text, UriKind.Absolute, out var uri) || uri.Scheme is not ("amqp" or "amqps"))
            {
                error.WriteLine($"--broker (or ${BrokerVariable}) must be an amqp:// or amqps:// address, e.g. amqp://user:password@127.0.0.1:5672/");
                return ExitCodes.InputError;
            }
            var names = parse.GetValue(types)?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? [.. Exchanges.Keys];
            if (names.FirstOrDefault(n => !Exchanges.ContainsKey(n)) is { } unknown)
            {
                error.WriteLine($"--type: no event {unknown}; events: {string.Join(", ", Exchanges.Keys.Order())}");
                return ExitCodes.InputError;
            }
            CorridorFile? anchors = null;
            if ((parse.GetValue(corridor) ?? Environment.GetEnvironmentVariable(CorridorVariable) ?? config.Corridor) is { Length: > 0 } corridorPath)
            {
                try
                {
                    anchors = CorridorFile.Read(corridorPath);
                }
                catch (ArgumentException e)
                {
                    error.WriteLine($"--corridor: {e.Message}");
                    return ExitCodes.InputError;
                }
            }
            var signatures = new EventSignatures(anchors, TimeProvider.System);
            return await TailAsync(uri, [.. names.Select(n => Exchanges[n]).Distinct()], parse.GetValue(count), parse.GetValue(output) == "json",
                signatures, parse.InvocationConfiguration.Output, error, cancel);
        });
        return command;
    }

    private static async Task<int> TailAsync(Uri broker, IReadOnlyList<string> exchanges, int? count, bool json, EventSignatures signatures,
        TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        IConnection connection;
        try
        {
            connection = await new ConnectionFactory { Uri = broker, ClientProvidedName = "corridorctl events tail" }.CreateConnectionAsync(cancellationToken);
        }
        catch (BrokerUnreachableException e)
        {
            error.WriteLine($"{broker.Host}:{broker.Port}: {e.InnerException?.Message ?? e.Message}");
            return ExitCodes.Unavailable;
        }
        await using var _ = connection;
        await using var channel = await connection.CreateChannelAsync(cancellationToken: cancellationToken);
        var queue = (await channel.QueueDeclareAsync("", durable: false, exclusive: true, autoDelete: true, cancellationToken: cancellationToken)).QueueName;
        foreach (var exchange in exchanges)
        {
            // Declared as the nodes declare it, so it does not matter who comes first.
            await channel.ExchangeDeclareAsync(exchange, ExchangeType.Fanout, durable: true, autoDelete: false, cancellationToken: cancellationToken);
            await channel.QueueBindAsync(queue, exchange, "", cancellationToken: cancellationToken);
        }
        error.WriteLine($"listening on {broker.Host}:{broker.Port} to {exchanges.Count} event type{(exchanges.Count == 1 ? "" : "s")} (Ctrl+C stops)");
        if (!signatures.Verifying)
        {
            error.WriteLine("signatures are not checked: give --corridor FILE (the corridor file every node holds) to verify each event as a node does");
        }

        using var done = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var seen = 0;
        var consumer = new AsyncEventingBasicConsumer(channel);
        consumer.ReceivedAsync += async (_, delivery) =>
        {
            var line = await DescribeAsync(delivery.Exchange, delivery.Body, delivery.BasicProperties.Headers, json, signatures, done.Token);
            lock (output)
            {
                output.WriteLine(line);
                output.Flush();
            }
            await channel.BasicAckAsync(delivery.DeliveryTag, multiple: false);
            if (Interlocked.Increment(ref seen) == count)
            {
                await done.CancelAsync();
            }
        };
        await channel.BasicConsumeAsync(queue, autoAck: false, consumer, cancellationToken);
        try
        {
            await Task.Delay(Timeout.Infinite, done.Token);
        }
        catch (OperationCanceledException)
        {
            // Ctrl+C or --count reached.
        }
        return ExitCodes.Ok;
    }

    /// <summary>One event: time, type, origin, sequence, the fields that name what changed and its signature; or the JSON of it.</summary>
    private static async Task<string> DescribeAsync(string exchange, ReadOnlyMemory<byte> body, IDictionary<string, object?>? headers, bool json,
        EventSignatures signatures, CancellationToken cancellationToken)
    {
        var name = exchange[(exchange.LastIndexOf(':') + 1)..];
        try
        {
            using var envelope = JsonDocument.Parse(body);
            var message = envelope.RootElement.GetProperty("message");
            var signature = Contracts.TryGetValue(exchange, out var contract)
                ? await signatures.JudgeAsync(contract, message, EventSignatures.Header(headers, envelope.RootElement), cancellationToken)
                : $"refused: no event contract travels on {exchange}";
            if (json)
            {
                return JsonSerializer.Serialize(new { @event = name, exchange, signature, message });
            }
            string Field(string field) => message.TryGetProperty(field, out var value) ? value.ToString() : "";
            var subject = new[] { "code", "corridorId", "member", "keyId", "version", "clearanceId", "status", "use", "reason" }
                .Where(f => message.TryGetProperty(f, out _)).Select(f => $"{f}={Field(f)}");
            return $"{Field("occurredAt"),-33} {name,-24} {Field("origin"),-3} #{Field("sequence"),-4} {string.Join(' ', subject)}  [{signature}]";
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            return json ? JsonSerializer.Serialize(new { @event = name, exchange, unreadable = e.Message }) : $"{name}: unreadable body ({e.Message})";
        }
    }
}
