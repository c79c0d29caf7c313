using TravelCorridor.Corridorctl.Clearance;

namespace TravelCorridor.Corridorctl.Tests;

/// <summary>Reading a manifest: a CSV row with several cells that cannot be converted reports every one of them.</summary>
public sealed class ManifestFileTests
{
    [Fact]
    public void A_csv_row_reports_every_cell_it_cannot_convert_not_only_the_first()
    {
        var file = ScratchFiles.Write(ScratchFiles.Directory(), "flight.csv",
            "entry_reference,departure_time,arrival_time,stay_days\n1A,yesterday,2026-12-08T10:00:00Z,a week\n");

        var line = Assert.Single(ManifestFile.Read(new FileInfo(file)));

        Assert.Null(line.Entry);
        Assert.Equal("departure_time 'yesterday' is not an instant such as 2026-12-01T08:00:00Z; stay_days 'a week' is not a whole number", line.Problem);
    }
}
