using System.Globalization;
using TravelCorridor.Outbox.Bench;
using TravelCorridor.Testing;

// dotnet run -c Release --project bench/Outbox.Bench -- [events] [rounds] [batch sizes, comma-separated]
var events = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 20_000;
var rounds = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 3;
var batchSizes = (args.Length > 2 ? args[2] : "1,10,50,100,500,1000").Split(',').Select(int.Parse).ToArray();
const int Aggregates = 1_000;

await using var broker = new RabbitMqBroker { Log = _ => { } };
await broker.StartAsync();
await SinkQueue.BindAsync(broker.AmqpUri);
Console.WriteLine($"Outbox drain: {events:N0} events over {Aggregates:N0} aggregates, SQLite, RabbitMQ with publisher confirms, " +
    $"persistent messages into one durable queue; {rounds} rounds, batch sizes interleaved per round.");

var results = batchSizes.ToDictionary(b => b, _ => new List<double>());
for (var round = 1; round <= rounds; round++)
{
    foreach (var batchSize in batchSizes)
    {
        // Fewer events for the slow one-at-a-time baseline, so a round stays short; rate is per second either way.
        var count = batchSize == 1 ? Math.Min(events, 2_000) : events;
        var rate = await DrainRun.EventsPerSecondAsync(broker.AmqpUri, batchSize, count, Aggregates);
        results[batchSize].Add(rate);
        await SinkQueue.PurgeAsync(broker.AmqpUri);
        Console.WriteLine($"round {round}  batch {batchSize,5}  {rate,10:N0} events/s");
    }
}

var baseline = Median(results[batchSizes[0]]);
Console.WriteLine();
Console.WriteLine("| batch size | events/s (median) | min – max | × batch " + batchSizes[0] + " |");
Console.WriteLine("|---:|---:|---:|---:|");
foreach (var (batchSize, rates) in results)
{
    Console.WriteLine($"| {batchSize} | {Median(rates):N0} | {rates.Min():N0} – {rates.Max():N0} | {Median(rates) / baseline:0.0}× |");
}

static double Median(List<double> values)
{
    var sorted = values.Order().ToList();
    return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
}
