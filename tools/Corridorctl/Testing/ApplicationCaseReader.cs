using System.Text.Json;
using Google.Protobuf;
using Google.Protobuf.WellKnownTypes;
using TravelCorridor.CertLogic;
using TravelCorridor.Decisions.Validation;
using TravelCorridor.Kernel.Errors;
using TravelCorridor.Validation;
using TravellerApplication = TravelCorridor.Type.V1.TravellerApplication;

namespace TravelCorridor.Corridorctl.Testing;

/// <summary>
/// Reads the application-format fields of a case: <c>"application"</c> in the proto JSON form of
/// <c>TravellerApplication</c>, and the optional <c>"evaluationTime"</c>, <c>"valueSets"</c> and
/// <c>"corridor": { "maxStayDays", "purposes" }</c>. Every problem is collected into one line, never thrown.
/// </summary>
internal static class ApplicationCaseReader
{
    // Unknown fields refused: a misspelt field would otherwise be read as a missing one, and the case test something else.
    private static readonly JsonParser Parser = new(JsonParser.Settings.Default);

    public static ApplicationCase Read(JsonElement element)
    {
        var problems = new List<string>();
        if (JsonText.TryGetProperty(element, "payload", out _) || JsonText.TryGetProperty(element, "external", out _))
        {
            problems.Add("an application case has \"application\", not \"payload\" or \"external\" (those are the EU case format)");
        }
        var validator = new RequestValidator();
        TripInstants? instants = null;
        DateTimeOffset? at = null;
        // The node's own checks, on what could be parsed. Offline there is no membership to ask, so any
        // well-formed member code is accepted.
        if (TryParse<TravellerApplication>(element, "application", problems, out var application))
        {
            validator.Application(application, "application", code => code.Length == 2 && code.All(char.IsAsciiLetterUpper), out instants);
        }
        if (TryParse<Timestamp>(element, "evaluationTime", problems, out var evaluationTime))
        {
            validator.Instant(evaluationTime, "evaluationTime", out at, required: false);
        }
        problems.AddRange(Violations(validator));

        var valueSets = CaseFields.ValueSets(element, problems);
        var terms = CaseFields.Corridor(element, problems);
        // A valid application has its instants; the fallback only keeps the compiler and a future validator honest.
        if (problems.Count > 0 || (at ?? instants?.Arrival) is not { } instant)
        {
            return new(null, default, valueSets, terms, problems.Count > 0 ? string.Join("; ", problems) : "application.trip.arrival_time: is required");
        }
        return new(application, instant, valueSets, terms, null);
    }

    /// <summary>
    /// False when the field is there but not the proto JSON of a <typeparamref name="T"/>. Absent, or null as proto
    /// JSON reads a null field, is a null message, for the validator to judge.
    /// </summary>
    private static bool TryParse<T>(JsonElement element, string field, List<string> problems, out T? message) where T : class, IMessage, new()
    {
        message = null;
        if (!JsonText.TryGetProperty(element, field, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return true;
        }
        try
        {
            message = Parser.Parse<T>(value.GetRawText());
            return true;
        }
        catch (Exception e) when (e is InvalidProtocolBufferException or InvalidJsonException)
        {
            problems.Add($"{field}: {e.Message}");
            return false;
        }
    }

    /// <summary>The validator keeps its violations to itself and hands them over only in the exception it throws.</summary>
    private static IEnumerable<string> Violations(RequestValidator validator)
    {
        if (validator.IsValid)
        {
            return [];
        }
        try
        {
            validator.ThrowIfInvalid();
            return [];
        }
        catch (InvalidArgumentException e)
        {
            return e.Violations.Select(v => v.Field.Length == 0 ? v.Description : $"{v.Field}: {v.Description}");
        }
    }
}
