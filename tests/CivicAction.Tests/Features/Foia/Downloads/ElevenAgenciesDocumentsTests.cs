using System.Net;
using CivicAction.Core.Deadlines;
using CivicAction.Core.Letters.Foia;
using CivicAction.Tests.Support;

namespace CivicAction.Tests.Features.Foia.Downloads;

/// <summary>The seed's DHS request and a brief asking ten other agencies for records.</summary>
public sealed class ElevenAgenciesSite() : AppFactory(Prepare())
{
    private static string Prepare()
    {
        var folder = Directory.CreateTempSubdirectory("civicaction-eleven-agencies-").FullName;
        File.Copy(Fixtures.SeedBrief, Path.Combine(folder, Path.GetFileName(Fixtures.SeedBrief)));
        File.Copy(Path.Combine(AppContext.BaseDirectory, "Fixtures", "ten-agencies", "ten_agencies.txt"), Path.Combine(folder, "ten_agencies.txt"));
        return folder;
    }
}

/// <summary>
/// Each request drafted through the real pages, checked (nothing blocks it), saved, and its documents read back: the
/// PDF as text, the calendar parsed. Received through the portal on Monday, November 2, 2026, each answer is due 20
/// working days later (5 U.S.C. 552(a)(6)(A)(i)), counted from the day after receipt: November 3-6 (4), 9-10 (6),
/// Veterans Day on the 11th skipped, 12-13 (8), 16-20 (13), 23-25 (16), Thanksgiving on the 26th skipped, 27 (17),
/// 30 (18), December 1 (19), so the 20th is Wednesday, December 2, 2026.
/// </summary>
public sealed class ElevenAgenciesDocumentsTests(ElevenAgenciesSite site) : IClassFixture<ElevenAgenciesSite>
{
    private const string TenAgencies = "/stories/watchdog-groups-file-records-requests-across-ten-agencies/actions/";
    private static readonly DateOnly ReceivedOn = new(2026, 11, 2);
    private readonly HttpClient _client = site.CreateClient(new() { AllowAutoRedirect = false });

    public static TheoryData<string, string> Requests => new()
    {
        { "/stories/doj-admits-dhs-secretary-noem-personally-decided-to-deport/actions/1/foia", "DHS" },
        { TenAgencies + "1/foia", "FBI" },
        { TenAgencies + "2/foia", "EPA" },
        { TenAgencies + "3/foia", "VA" },
        { TenAgencies + "4/foia", "SSA" },
        { TenAgencies + "5/foia", "FDA" },
        { TenAgencies + "6/foia", "FAA" },
        { TenAgencies + "7/foia", "IRS" },
        { TenAgencies + "8/foia", "NOAA" },
        { TenAgencies + "9/foia", "SEC" },
        { TenAgencies + "10/foia", "USPS" },
    };

    [Theory]
    [MemberData(nameof(Requests))]
    public async Task Drafted_Checked_Saved_ThenItsPdfReadsBack_AndItsCalendarGivesTheDueDate(string draftUrl, string agencyKey)
    {
        var agency = AgencyDirectory.Default.Get(agencyKey)!;
        var (_, draft) = await _client.GetPageAsync(draftUrl);
        Assert.Contains(agency.Name, draft.QuerySelector("#foia-preview .letter-text")!.TextContent, StringComparison.Ordinal);

        var values = new Dictionary<string, string?>(FoiaDraftPageTests.Requester) { ["Form.FullName"] = "José Núñez" };
        var saved = await _client.SubmitAsync(draftUrl, draft, "#foia-form", values, "button[formaction*='Save']");
        Assert.Equal(HttpStatusCode.SeeOther, saved.StatusCode); // the checks let it through
        var url = saved.Headers.Location!.ToString().Split('?')[0];

        var pdf = await PdfText.ReadAsync(await _client.GetAsync(new Uri(url + "/letter.pdf", UriKind.Relative)));
        var text = string.Join(" ", pdf.Lines.Select(l => l.Text));
        Assert.Contains(agency.Name, text, StringComparison.Ordinal);
        Assert.Contains("Freedom of Information Act Request", text, StringComparison.Ordinal);
        Assert.Contains("Fee category:", text, StringComparison.Ordinal);
        Assert.Contains("José Núñez", text, StringComparison.Ordinal);
        Assert.Contains($"Page 1 of {pdf.Pages.Count}", text, StringComparison.Ordinal);

        var (_, page) = await _client.GetPageAsync(url);
        var form = page.QuerySelectorAll("form").First(f => (f.GetAttribute("action") ?? "").Contains("handler=Submitted", StringComparison.Ordinal));
        form.Id = "submitted";
        var recorded = await _client.SubmitAsync(url, page, "#submitted", new Dictionary<string, string?> { ["Input.On"] = "2026-11-02", ["Input.Via"] = "portal" });
        Assert.Equal(HttpStatusCode.SeeOther, recorded.StatusCode);

        var calendar = Ical.Net.Calendar.Load(await _client.GetStringAsync(new Uri(url + "/due.ics", UriKind.Relative)))!;
        var due = Assert.Single(calendar.Events);
        Assert.Equal(FoiaDeadlines.ResponseDue(ReceivedOn, unusualCircumstances: false), due.DtStart!.Date);
        Assert.Equal(new DateOnly(2026, 12, 2), due.DtStart!.Date);
        Assert.EndsWith(url, due.Url!.AbsoluteUri, StringComparison.Ordinal);
    }
}
