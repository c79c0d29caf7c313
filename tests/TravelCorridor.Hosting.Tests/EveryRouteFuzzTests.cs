using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Google.Protobuf;
using Google.Protobuf.Reflection;
using TravelCorridor.Hosting.Security;
using TravelCorridor.Testing;
using Xunit.Abstractions;

namespace TravelCorridor.Hosting.Tests;

/// <summary>
/// Every REST route (the google.api.http rules in protos/), called over HTTP/1.1 with the JSON of hostile but
/// well-formed messages (<see cref="RandomMessages"/>), with that JSON damaged, and with hostile path values, as
/// callers of every role. Whatever the answer, it is one the service chose: never a 500, and an error is always the
/// gRPC status as JSON. A failure prints the route and the body to replay it.
/// </summary>
public sealed class EveryRouteFuzzTests(ITestOutputHelper output)
{
    private static readonly string[] Roles = [CorridorRoles.CorridorAdmin, CorridorRoles.MemberAdmin, CorridorRoles.BorderOfficer, CorridorRoles.Observer];

    [Fact]
    public async Task Hostile_requests_to_every_rest_route_are_never_a_server_error()
    {
        var http1 = new Uri($"http://127.0.0.1:{FreePort.Next()}");
        await using var node = await NodeHost.StartAsync("SG", settings: new Dictionary<string, string?> { ["Node:HttpUrls"] = http1.ToString().TrimEnd('/') });
        using var client = new HttpClient { BaseAddress = http1, DefaultRequestVersion = HttpVersion.Version11, Timeout = TimeSpan.FromSeconds(30) };
        var seed = Environment.TickCount;
        output.WriteLine($"seed {seed}");
        var random = new Random(seed);
        var escaped = new List<string>();
        var answers = new SortedDictionary<int, int>();
        var routes = RestRoutes.All;
        Assert.True(routes.Count >= 14, $"{routes.Count} routes");
        foreach (var (method, rule) in routes)
        {
            for (var round = 0; round < 40; round++)
            {
                var json = Json(method.InputType, random, round);
                var get = rule.PatternCase == Google.Api.HttpRule.PatternOneofCase.Get;
                var path = Path(get ? rule.Get : rule.Post, random);
                using var request = new HttpRequestMessage(get ? HttpMethod.Get : HttpMethod.Post, path);
                if (!get)
                {
                    request.Content = new StringContent(json, Encoding.UTF8, "application/json");
                }
                var role = Roles[random.Next(Roles.Length)];
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", node.Token(role, "SG"));
                using var response = await client.SendAsync(request);
                var text = await response.Content.ReadAsStringAsync();
                answers[(int)response.StatusCode] = answers.GetValueOrDefault((int)response.StatusCode) + 1;
                if ((int)response.StatusCode >= 500 && response.StatusCode != HttpStatusCode.ServiceUnavailable || !IsStatusJson(response, text))
                {
                    escaped.Add($"{request.Method} {path} as {role}: {(int)response.StatusCode} '{text[..Math.Min(200, text.Length)]}' for {json[..Math.Min(300, json.Length)]}");
                }
            }
        }
        output.WriteLine($"{answers.Values.Sum()} answers from {routes.Count} routes: {string.Join(", ", answers.Select(a => $"{a.Key} {a.Value}"))}");
        Assert.True(escaped.Count == 0, string.Join("\n", escaped.Take(20)));
    }

    /// <summary>A success is the response message as JSON; anything else is the gRPC status as JSON (code, message).</summary>
    private static bool IsStatusJson(HttpResponseMessage response, string text)
    {
        try
        {
            using var document = JsonDocument.Parse(text);
            return response.IsSuccessStatusCode || document.RootElement.TryGetProperty("code", out _);
        }
        catch (JsonException)
        {
            return false;
        }
    }

    /// <summary>The JSON of a hostile message; every fifth cut short, every tenth not JSON at all.</summary>
    private static string Json(MessageDescriptor type, Random random, int round)
    {
        if (round % 10 == 9)
        {
            var noise = new byte[random.Next(0, 64)];
            random.NextBytes(noise);
            return Encoding.Latin1.GetString(noise);
        }
        string json;
        try
        {
            json = JsonFormatter.Default.Format(type.Parser.ParseFrom(RandomMessages.Create(type, random)));
        }
        catch (Exception e) when (e is InvalidProtocolBufferException or InvalidOperationException)
        {
            json = "{}"; // a value proto3 JSON cannot spell (an out-of-range timestamp): only the binary form carries it
        }
        return round % 5 == 4 && json.Length > 1 ? json[..random.Next(1, json.Length)] : json;
    }

    /// <summary>The route with each {field} replaced by a hostile value, escaped as a client would.</summary>
    private static string Path(string template, Random random)
    {
        string[] values = ["SG", "0", "-1", "99999999999999999999", "clr_" + new string('a', 32), "%00", "ZZ", new string('x', 3000), "é✓", "../..", ""];
        return System.Text.RegularExpressions.Regex.Replace(template, @"\{[^}]*\}",
            _ => Uri.EscapeDataString(values[random.Next(values.Length)]) is { Length: > 0 } v ? v : "_");
    }
}
