using System.Text.Json;
using CivicAction.Web.Platform.Database;
using Dapper;
using Microsoft.Extensions.Options;

namespace CivicAction.Web.Features.Congress.ReferenceData;

/// <summary>
/// On start, after the database is ready: each reference dataset never imported (no members, no ZIP table, no contact forms) is
/// imported from the snapshot shipped with the app, so a fresh install finds real members for a ZIP, exactly as it
/// shows the seed briefs. An imported dataset is never replaced here: the import verbs load fresher copies.
/// </summary>
public sealed class ReferenceSnapshotImport(
    IDatabase database, CongressImporter importer, IOptions<ReferenceSnapshotOptions> options, ILogger<ReferenceSnapshotImport> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        var folder = options.Value.SnapshotPath;
        if (string.IsNullOrWhiteSpace(folder))
        {
            return Task.CompletedTask;
        }

        var missing = Enum.GetValues<Dataset>().Where(d => !Imported(d)).ToList();
        if (missing.Count == 0)
        {
            return Task.CompletedTask;
        }

        ReferenceSnapshot snapshot;
        try
        {
            snapshot = ReferenceSnapshot.Read(folder);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException or KeyNotFoundException or InvalidOperationException)
        {
            logger.LogWarning("No reference data yet, and the snapshot in {SnapshotPath} could not be read ({Reason}); "
                + "the Congress pages say what an operator must import", folder, e.Message);
            return Task.CompletedTask;
        }

        foreach (var dataset in missing)
        {
            var result = dataset switch
            {
                Dataset.Legislators => importer.ImportLegislators(snapshot.Legislators, snapshot.LegislatorsAsOf),
                Dataset.ZipDistricts => importer.ImportZipDistricts(snapshot.ZipDistricts, snapshot.ZipDistrictsAsOf),
                _ => snapshot.ContactForms is { } forms ? importer.ImportContactForms(forms.Files, forms.AsOf) : null,
            };
            if (result is null)
            {
                continue; // this snapshot has no such dataset
            }

            if (result.Stored is { } stored)
            {
                logger.LogInformation("Imported the shipped {Dataset} snapshot (as of {AsOf}): {Detail}", dataset, stored.AsOf, stored.Detail);
            }
            else
            {
                logger.LogWarning("The shipped {Dataset} snapshot was rejected: {Error}", dataset, result.Error?.ToString());
            }
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private bool Imported(Dataset dataset)
    {
        using var connection = database.Open();
        return connection.ExecuteScalar<long>("SELECT COUNT(*) FROM reference_data WHERE dataset = @name", new { name = DbEnum.Text(dataset) }) > 0;
    }
}
