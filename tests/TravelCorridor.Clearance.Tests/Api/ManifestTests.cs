using Grpc.Core;
using TravelCorridor.Clearance.V1;
using TravelCorridor.Testing;
using TravelCorridor.Type.V1;

namespace TravelCorridor.Clearance.Tests.Api;

/// <summary>ClearManifest: one answer per entry, tagged with its index, a bad entry answered on its own.</summary>
public sealed class ManifestTests(ClearanceNodeFixture fixture) : IClassFixture<ClearanceNodeFixture>
{
    [Fact]
    public async Task Every_entry_gets_its_answer_in_order_and_a_bad_entry_its_own_error()
    {
        const int count = 300;
        const int bad = 123;
        using var call = fixture.Clearance.ClearManifest(fixture.Officer());
        var reading = ReadAllAsync(call.ResponseStream);
        for (var i = 0; i < count; i++)
        {
            var application = Travellers.BusinessTrip();
            application.Traveller.Document.Number = $"A{i:D8}";
            if (i == bad)
            {
                application.Traveller.Document.Number = "";
            }
            await call.RequestStream.WriteAsync(new ClearManifestRequest { Application = application, EntryReference = $"seat-{i}" });
        }
        await call.RequestStream.CompleteAsync();
        var answers = await reading;

        Assert.Equal(Enumerable.Range(0, count).Select(i => (long)i), answers.Select(a => a.Index));
        Assert.Equal(Enumerable.Range(0, count).Select(i => $"seat-{i}"), answers.Select(a => a.EntryReference));
        var error = answers[bad].Error;
        Assert.Equal((int)StatusCode.InvalidArgument, error.Code);
        Assert.Equal(["application.traveller.document.number"], error.FieldProblems.Select(p => p.Field));
        Assert.All(answers.Where(a => a.Index != bad), a => Assert.Equal(DecisionOutcome.Cleared, a.Clearance.Decision.Outcome));
        Assert.Equal(count - 1, answers.Select(a => a.Clearance?.ClearanceId).Where(id => id is not null).Distinct().Count());
    }

    [Fact]
    public async Task Listing_filters_by_outcome_and_pages_without_repeats()
    {
        var since = DateTimeOffset.UtcNow.AddSeconds(-1);
        var unvaccinated = Travellers.BusinessTrip();
        unvaccinated.Health.Vaccinations.Clear();
        for (var i = 0; i < 5; i++)
        {
            await fixture.ClearAsync(unvaccinated);
        }

        var seen = new List<string>();
        var token = "";
        do
        {
            var page = await fixture.Clearance.ListClearancesAsync(new ListClearancesRequest
            {
                PageSize = 2,
                PageToken = token,
                Outcome = DecisionOutcome.Referred,
                DecidedAfter = Google.Protobuf.WellKnownTypes.Timestamp.FromDateTimeOffset(since),
            }, fixture.Officer());
            Assert.All(page.Clearances, c => Assert.Equal(DecisionOutcome.Referred, c.Decision.Outcome));
            seen.AddRange(page.Clearances.Select(c => c.ClearanceId));
            token = page.NextPageToken;
        }
        while (token.Length > 0);

        Assert.True(seen.Count >= 5);
        Assert.Equal(seen.Count, seen.Distinct().Count());
    }

    private static async Task<List<ClearManifestResponse>> ReadAllAsync(IAsyncStreamReader<ClearManifestResponse> answers)
    {
        var all = new List<ClearManifestResponse>();
        while (await answers.MoveNext(CancellationToken.None))
        {
            all.Add(answers.Current);
        }
        return all;
    }
}
