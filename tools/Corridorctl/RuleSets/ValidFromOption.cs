using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace TravelCorridor.Corridorctl.RuleSets;

/// <summary>
/// <c>--valid-from +3d</c> (or <c>+72h</c>, <c>+90m</c>, or an instant such as <c>2027-01-15T00:00:00Z</c>): puts that
/// instant, UTC to the second, in a rule set document's <c>validFrom</c> before it is signed or sent, so an example
/// or a draft never has to be edited for a date in the past (a node wants it at least 48 h after publication).
/// The payload signed is then the document with that one field replaced.
/// </summary>
internal static class ValidFromOption
{
    public static Option<string?> Create() => new("--valid-from")
    {
        Description = "Replace the document's validFrom: +3d, +72h, +90m from now, or an instant such as 2027-01-15T00:00:00Z",
    };

    /// <summary>The instant <paramref name="text"/> names, relative to <paramref name="now"/>; null with a problem otherwise.</summary>
    public static DateTimeOffset? Resolve(string text, DateTimeOffset now, out string? problem)
    {
        problem = null;
        if (text.Length >= 3 && text[0] == '+' && int.TryParse(text[1..^1], NumberStyles.None, CultureInfo.InvariantCulture, out var amount) && amount > 0)
        {
            TimeSpan? span = text[^1] switch { 'd' => TimeSpan.FromDays(amount), 'h' => TimeSpan.FromHours(amount), 'm' => TimeSpan.FromMinutes(amount), _ => null };
            if (span is { } offset)
            {
                var at = now.ToUniversalTime() + offset;
                return at.AddTicks(-(at.Ticks % TimeSpan.TicksPerSecond));
            }
        }
        if (Instant.TryParse(text, out var instant))
        {
            return instant.ToUniversalTime();
        }
        problem = $"--valid-from '{text}' is neither +N followed by d, h or m (e.g. +3d) nor an instant such as 2027-01-15T00:00:00Z";
        return null;
    }

    /// <summary>The document with its validFrom replaced, as UTF-8 JSON; null with a problem when it is not a JSON object.</summary>
    public static byte[]? Apply(byte[] document, DateTimeOffset validFrom, string name, out string? problem)
    {
        try
        {
            if (JsonNode.Parse(document) is not JsonObject root)
            {
                problem = $"{name}: not a rule set document (a JSON object)";
                return null;
            }
            root["validFrom"] = Instant.Seconds(validFrom);
            problem = null;
            return JsonSerializer.SerializeToUtf8Bytes(root, new JsonSerializerOptions { WriteIndented = true });
        }
        catch (JsonException e)
        {
            problem = $"{name}: not JSON: {e.Message}";
            return null;
        }
    }

    /// <summary>The file's bytes, with validFrom replaced when <paramref name="option"/> was given; null after writing the problem.</summary>
    public static byte[]? Read(FileInfo file, ParseResult parse, Option<string?> option, TextWriter error)
    {
        byte[] document;
        try
        {
            document = File.ReadAllBytes(file.FullName);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"{file.Name}: {e.Message}");
            return null;
        }
        if (parse.GetValue(option) is not { } text)
        {
            return document;
        }
        var validFrom = Resolve(text, DateTimeOffset.UtcNow, out var problem);
        var changed = validFrom is { } at ? Apply(document, at, file.Name, out problem) : null;
        if (changed is null)
        {
            error.WriteLine(problem);
        }
        return changed;
    }
}
