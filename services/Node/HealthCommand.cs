using System.Net;
using TravelCorridor.Hosting;

namespace TravelCorridor.Node;

/// <summary>
/// <c>corridor-node health [--address http://127.0.0.1:5080] [--timeout 5s]</c>: asks a running node's
/// <c>/healthz</c> and exits 0 when it is healthy, 1 when not or unreachable. Container health checks and
/// deploy/local-corridor.sh use it: it needs neither grpcurl nor curl in the image.
/// </summary>
internal static class HealthCommand
{
    private const string Usage = "usage: corridor-node health [--address http://127.0.0.1:5080] [--timeout 5s]";

    public static async Task<int> RunAsync(string[] args)
    {
        if (CommandOptions.PrintedHelp(args, Usage))
        {
            return 0;
        }
        Uri address;
        TimeSpan timeout;
        try
        {
            var options = CommandOptions.Parse(args);
            var text = options.GetValueOrDefault("address") ?? CorridorDefaults.DefaultUrl;
            if (!Uri.TryCreate(text, UriKind.Absolute, out address!) || address.Scheme is not ("http" or "https"))
            {
                throw new ArgumentException($"--address must be an http:// or https:// address, got '{text}'.");
            }
            var seconds = (options.GetValueOrDefault("timeout") ?? "5s").TrimEnd('s');
            timeout = int.TryParse(seconds, out var s) && s is > 0 and <= 300
                ? TimeSpan.FromSeconds(s)
                : throw new ArgumentException($"--timeout must be whole seconds from 1 to 300, e.g. 5s, got '{options["timeout"]}'.");
        }
        catch (ArgumentException e)
        {
            Console.Error.WriteLine(e.Message);
            Console.Error.WriteLine(Usage);
            return 2;
        }

        // The node serves HTTP/2 only (h2c without TLS): prior knowledge, as gRPC clients do.
        using var http = new HttpClient
        {
            Timeout = timeout,
            DefaultRequestVersion = HttpVersion.Version20,
            DefaultVersionPolicy = HttpVersionPolicy.RequestVersionExact,
        };
        try
        {
            using var response = await http.GetAsync(new Uri(address, CorridorDefaults.HealthPath));
            var status = (await response.Content.ReadAsStringAsync()).Trim();
            Console.WriteLine($"{address}: {status}");
            return response.StatusCode == HttpStatusCode.OK ? 0 : 1;
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            Console.WriteLine($"{address}: unreachable ({e.Message})");
            return 1;
        }
    }
}
