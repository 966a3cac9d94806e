using System.Net;
using CivicAction.Tests.Support;

namespace CivicAction.Tests.Features.Foia;

/// <summary>
/// "Delete my data" deletes it from the disk too: after the delete button, no byte of the requester's name,
/// address, e-mail or letter is left in the database file, its write-ahead log or its index, as free space or as
/// an old copy of a page.
/// </summary>
public sealed class FoiaDeletionOnDiskTests(DeliverySite site) : IClassFixture<DeliverySite>
{
    private const string BlmDraft = "/stories/senate-committee-schedules-vote-on-public-lands-sale/actions/3/foia";
    private readonly HttpClient _client = site.CreateClient(new() { AllowAutoRedirect = false });

    private static readonly string[] Personal =
    [
        "Quillon Zephyrine",
        "quillon.zephyrine@example.test",
        "77 Obscurity Crescent",
        "every permit for the zanthoxylum orchard",
    ];

    [Fact]
    public async Task DeletingARequest_LeavesNoCopyOfItInTheDatabaseFiles()
    {
        var (_, form) = await _client.GetPageAsync(BlmDraft);
        var saved = await _client.SubmitAsync(BlmDraft, form, "#foia-form", new Dictionary<string, string?>
        {
            ["Form.FullName"] = Personal[0],
            ["Form.Email"] = Personal[1],
            ["Form.PostalAddress"] = Personal[2] + "\nHiddenville, OR 97001",
            ["Form.RecordsDescription"] = $"I request {Personal[3]} issued since 2020.",
            ["Form.DateRangeFrom"] = "2024-01-01",
            ["Form.ToPresent"] = "true",
        }, "button[formaction*='Save']");
        Assert.Equal(HttpStatusCode.SeeOther, saved.StatusCode);
        var url = saved.Headers.Location!.ToString().Split('?')[0];
        var (_, page) = await _client.GetPageAsync(url);
        await _client.SubmitAsync(url, page, "form[action$='/send']"); // the letter held in the outbox, a confirmation sent
        await site.Smtp.WaitForCountAsync(1);
        Assert.All(Personal, value => Assert.NotEmpty(DatabaseFiles.Holding(site.DatabasePath, value))); // the search works

        (_, page) = await _client.GetPageAsync(url);
        var delete = page.QuerySelectorAll("form").First(f => (f.GetAttribute("action") ?? "").Contains("handler=Delete", StringComparison.Ordinal));
        delete.Id = "delete-form";
        Assert.Equal("/requests/deleted", (await _client.SubmitAsync(url, page, "#delete-form", new Dictionary<string, string?> { ["confirm"] = "true" })).Headers.Location!.ToString());

        foreach (var value in Personal)
        {
            Assert.Empty(DatabaseFiles.Holding(site.DatabasePath, value));
        }
    }
}
