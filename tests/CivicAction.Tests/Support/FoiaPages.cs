using AngleSharp.Html.Dom;
using CivicAction.Tests.Features.Foia;

namespace CivicAction.Tests.Support;

/// <summary>Steps through the FOIA pages as a requester would.</summary>
public static class FoiaPages
{
    /// <summary>The BLM request of the delivery seeds, which the agency takes by e-mail.</summary>
    public const string BlmDraft = "/stories/senate-committee-schedules-vote-on-public-lands-sale/actions/3/foia";

    /// <summary>Fills in (with <paramref name="more"/> changes) and saves the BLM request; returns its private page's address (no query) and that page.</summary>
    public static async Task<(string Url, IHtmlDocument Page)> SaveBlmRequestAsync(
        this HttpClient client, IReadOnlyDictionary<string, string?>? more = null)
    {
        var (_, form) = await client.GetPageAsync(BlmDraft);
        var changes = FoiaDraftPageTests.Requester;
        changes["Form.DateRangeFrom"] = "2024-01-01";
        changes["Form.ToPresent"] = "true";
        foreach (var (name, value) in more ?? new Dictionary<string, string?>())
        {
            changes[name] = value;
        }

        var saved = await client.SubmitAsync(BlmDraft, form, "#foia-form", changes, "button[formaction*='Save']");
        var url = saved.Headers.Location!.ToString().Split('?')[0];
        var (_, page) = await client.GetPageAsync(url);
        return (url, page);
    }
}
