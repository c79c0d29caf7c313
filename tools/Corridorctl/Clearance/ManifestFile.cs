using System.Text;
using Google.Protobuf.WellKnownTypes;
using TravelCorridor.Clearance.V1;
using TravelCorridor.Decisions.Data;
using TravelCorridor.Type.V1;

namespace TravelCorridor.Corridorctl.Clearance;

/// <summary>One line of a manifest file: its number, and the entry read from it or why it could not be read.</summary>
internal sealed record ManifestLine(long Number, ClearManifestRequest? Entry, string? Problem);

/// <summary>
/// Reads a manifest a line at a time, never the whole file: JSON lines (one application per line, bare or as
/// <c>{"entryReference": …, "application": …}</c>), or CSV when the file name ends in <c>.csv</c> (a header
/// row naming the columns of <see cref="CsvColumns"/>; health and insurance cannot be given in CSV). Blank
/// lines are skipped.
/// </summary>
internal static class ManifestFile
{
    /// <summary>The CSV columns, in any order; <c>entry_reference</c>, <c>given_names</c>, <c>point_of_entry</c> and the sponsor may be left empty.</summary>
    public static readonly string[] CsvColumns =
    [
        "entry_reference", "document_type", "document_number", "issuing_state", "expiry_date", "nationality", "date_of_birth",
        "given_names", "family_name", "origin", "destination", "purpose", "departure_time", "arrival_time", "stay_days",
        "point_of_entry", "controlled_itinerary", "days_in_origin_before_departure", "sponsor_organisation", "sponsor_reference",
    ];

    public static bool IsCsv(FileInfo file) => file.Extension.Equals(".csv", StringComparison.OrdinalIgnoreCase);

    /// <summary>How many entries the file holds (non-blank lines, less the CSV header), for the progress bar.</summary>
    public static long CountEntries(FileInfo file) =>
        TextFile.ReadLines(file).LongCount(l => !string.IsNullOrWhiteSpace(l)) - (IsCsv(file) ? 1 : 0);

    /// <exception cref="FormatException">A CSV header that does not name the columns.</exception>
    public static IEnumerable<ManifestLine> Read(FileInfo file)
    {
        using var lines = TextFile.ReadLines(file).GetEnumerator();
        Dictionary<string, int>? header = null;
        long number = 0;
        while (lines.MoveNext())
        {
            number++;
            var line = lines.Current;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }
            if (!IsCsv(file))
            {
                var entry = ApplicationInput.Parse(line, out var problem);
                yield return new ManifestLine(number, entry, problem);
                continue;
            }
            var cells = SplitCsv(line);
            if (header is null)
            {
                header = Header(cells);
                continue;
            }
            yield return FromCsv(number, cells, header);
        }
    }

    private static Dictionary<string, int> Header(List<string> cells)
    {
        var header = cells.Select((name, i) => (name: name.Trim().ToLowerInvariant(), i)).ToDictionary(c => c.name, c => c.i);
        var unknown = header.Keys.Where(k => !CsvColumns.Contains(k)).ToList();
        if (unknown.Count > 0)
        {
            throw new FormatException($"the CSV header names unknown columns ({string.Join(", ", unknown)}); the columns are {string.Join(", ", CsvColumns)}");
        }
        return header;
    }

    private static ManifestLine FromCsv(long number, List<string> cells, Dictionary<string, int> header)
    {
        string Cell(string column) => header.TryGetValue(column, out var i) && i < cells.Count ? cells[i].Trim() : "";
        // Every cell that cannot be converted is reported, not only the first; the node reports the rest (field checks).
        var problems = new List<string>();
        var application = new TravellerApplication
        {
            Traveller = new Traveller
            {
                Document = new TravelDocument
                {
                    Type = System.Enum.TryParse<DocumentType>(Cell("document_type").Replace("_", ""), ignoreCase: true, out var type) ? type : DocumentType.Unspecified,
                    Number = Cell("document_number"),
                    IssuingState = Cell("issuing_state"),
                    ExpiryDate = Cell("expiry_date"),
                },
                Nationality = Cell("nationality"),
                DateOfBirth = Cell("date_of_birth"),
                GivenNames = Cell("given_names"),
                FamilyName = Cell("family_name"),
            },
            Trip = new Trip
            {
                Origin = Cell("origin"),
                Destination = Cell("destination"),
                Purpose = PurposeNames.Parse(Cell("purpose").ToUpperInvariant()),
                DepartureTime = Instant(Cell("departure_time"), "departure_time", problems),
                ArrivalTime = Instant(Cell("arrival_time"), "arrival_time", problems),
                StayDays = Number(Cell("stay_days"), "stay_days", problems),
                PointOfEntry = Cell("point_of_entry"),
                ControlledItinerary = Cell("controlled_itinerary").ToLowerInvariant() is "true" or "yes" or "1",
                DaysInOriginBeforeDeparture = Number(Cell("days_in_origin_before_departure"), "days_in_origin_before_departure", problems),
            },
        };
        if (Cell("sponsor_organisation").Length > 0)
        {
            application.Sponsor = new Sponsor { Organisation = Cell("sponsor_organisation"), Reference = Cell("sponsor_reference") };
        }
        return problems.Count > 0
            ? new ManifestLine(number, null, string.Join("; ", problems))
            : new ManifestLine(number, new ClearManifestRequest { Application = application, EntryReference = Cell("entry_reference") }, null);
    }

    private static Timestamp? Instant(string text, string column, List<string> problems)
    {
        if (text.Length == 0)
        {
            return null;
        }
        if (RuleSets.Instant.TryParse(text, out var instant))
        {
            return Timestamp.FromDateTimeOffset(instant);
        }
        problems.Add($"{column} '{text}' is not an instant such as 2026-12-01T08:00:00Z");
        return null;
    }

    private static int Number(string text, string column, List<string> problems)
    {
        if (text.Length == 0)
        {
            return 0;
        }
        if (int.TryParse(text, System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out var n))
        {
            return n;
        }
        problems.Add($"{column} '{text}' is not a whole number");
        return 0;
    }

    /// <summary>One CSV row: commas separate cells; a cell in double quotes may hold commas and "" for a quote.</summary>
    private static List<string> SplitCsv(string line)
    {
        var cells = new List<string>();
        var cell = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"')
                {
                    cell.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    cell.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                cells.Add(cell.ToString());
                cell.Clear();
            }
            else
            {
                cell.Append(c);
            }
        }
        cells.Add(cell.ToString());
        return cells;
    }
}
