using System.Net;
using System.Text.RegularExpressions;
using CivicAction.Tests.Support;
using CivicAction.Web.Platform.Database;
using Dapper;
using Microsoft.Extensions.DependencyInjection;

namespace CivicAction.Tests.Features.Foia;

public sealed class FoiaMyRequestsOnSqliteTests(DeliverySite site) : FoiaMyRequestsTests(site), IClassFixture<DeliverySite>;

public sealed class FoiaMyRequestsOnPostgresTests(PostgresDeliverySite site) : FoiaMyRequestsTests(site), IClassFixture<PostgresDeliverySite>;

/// <summary>
/// "My requests" without passwords: a link e-mailed on asking lists the requests saved under an address (only those the
/// person opted to list), for 24 hours; the form answers the same for any address; only hashes are stored; deleting a
/// request forgets it. On each database.
/// </summary>
public abstract partial class FoiaMyRequestsTests(DeliverySite site)
{
    private const string DraftUrl = "/stories/doj-admits-dhs-secretary-noem-personally-decided-to-deport/actions/1/foia";
    private readonly HttpClient _client = site.CreateClient(new() { AllowAutoRedirect = false });

    private async Task<string> SaveAsync(string email, bool listed)
    {
        var (_, page) = await _client.GetPageAsync(DraftUrl);
        var values = new Dictionary<string, string?>(FoiaDraftPageTests.Requester)
        {
            ["Form.Email"] = email,
            ["ListUnderMyEmail"] = listed ? "true" : null,
        };
        var saved = await _client.SubmitAsync(DraftUrl, page, "#foia-form", values, "button[formaction*='Save']");
        Assert.True(saved.StatusCode == HttpStatusCode.SeeOther, (await HtmlClient.ParseAsync(saved)).QuerySelector("#error-summary")?.TextContent);
        return saved.Headers.Location!.ToString().Split('?')[0];
    }

    private async Task<HttpResponseMessage> AskAsync(string email)
    {
        var (_, page) = await _client.GetPageAsync("/requests/mine");
        return await _client.SubmitAsync("/requests/mine", page, "#mine-form", new Dictionary<string, string?> { ["Email"] = email });
    }

    private long ListMailsTo(string email)
    {
        using var connection = site.Services.GetRequiredService<IDatabase>().Open();
        return connection.ExecuteScalar<long>(
            "SELECT COUNT(*) FROM outbox_messages WHERE purpose = 'privatelink' AND to_address = @email AND owner_key LIKE 'privatelink:%'", new { email });
    }

    private static string NewEmail() => $"ann-{Guid.NewGuid():N}@example.test";

    private async Task<string> ListLinkAsync(string email)
    {
        Assert.Equal(HttpStatusCode.SeeOther, (await AskAsync(email.ToUpperInvariant())).StatusCode); // the address as typed, any case
        var mail = await site.Smtp.WaitForAsync(m => m.Recipients.Contains(email.ToUpperInvariant()) && m.Message.Subject == "Your FOIA requests on CivicAction");
        var link = ListLink().Match(mail.Message.TextBody ?? "").Value;
        Assert.StartsWith(DeliverySite.PublicUrl + "/requests/mine/", link, StringComparison.Ordinal);
        Assert.Contains("24 hours", mail.Message.TextBody, StringComparison.Ordinal);
        return link[DeliverySite.PublicUrl.Length..];
    }

    [GeneratedRegex(@"http://localhost/requests/mine/[A-Za-z0-9_-]+")]
    private static partial Regex ListLink();

    [Fact]
    public async Task TheEmailedLink_ListsTheListedRequests_AndEachOpensAtAFreshPrivateAddress_WhileTheFirstStillWorks()
    {
        var email = NewEmail();
        var first = await SaveAsync(email, listed: true);
        await SaveAsync(email, listed: false);

        var list = await ListLinkAsync(email);
        var (response, page) = await _client.GetPageAsync(list);

        Assert.True(response.Headers.CacheControl?.NoStore);
        var item = Assert.Single(page.QuerySelectorAll(".my-requests li")); // the unlisted one is not there
        Assert.Contains("U.S. Department of Homeland Security", item.TextContent, StringComparison.Ordinal);
        var opened = await _client.SubmitAsync(list, page, ".my-requests form");
        Assert.Equal(HttpStatusCode.SeeOther, opened.StatusCode);
        var fresh = opened.Headers.Location!.ToString();
        Assert.NotEqual(first, fresh);
        var (_, request) = await _client.GetPageAsync(fresh);
        Assert.Contains("Your FOIA request to U.S. Department of Homeland Security", request.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await _client.GetAsync(new Uri(first, UriKind.Relative))).StatusCode);

        using var connection = site.Services.GetRequiredService<IDatabase>().Open();
        var stored = string.Join("\n", connection.Query<string>("SELECT email_hash || ' ' || token_hash FROM foia_access_links")
            .Concat(connection.Query<string>("SELECT token_hash FROM foia_request_tokens")));
        Assert.DoesNotContain(email, stored, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(list.Split('/').Last(), stored, StringComparison.Ordinal);
        Assert.DoesNotContain(fresh.Split('/').Last(), stored, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheFormAnswersTheSame_ForAnAddressWithRequests_OneNotListed_AndOneUnknown_AndMailsOnlyTheFirst()
    {
        var listed = NewEmail();
        var unlisted = NewEmail();
        await SaveAsync(listed, listed: true);
        await SaveAsync(unlisted, listed: false);

        var answers = new List<string>();
        foreach (var email in new[] { listed, unlisted, NewEmail() })
        {
            var response = await AskAsync(email);
            Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
            var (_, page) = await _client.GetPageAsync(response.Headers.Location!.ToString());
            answers.Add(page.QuerySelector("[role=status]")!.TextContent);
        }

        Assert.Single(answers.Distinct());
        Assert.StartsWith("If we have requests for this address, we sent a link", answers[0], StringComparison.Ordinal);
        Assert.Equal(1, ListMailsTo(listed));
        Assert.Equal(0, ListMailsTo(unlisted));
    }

    [Fact]
    public async Task NotAnEmailAddress_IsRefused_WithWhatWasExpected()
    {
        var response = await AskAsync("not an address");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await HtmlClient.ParseAsync(response);
        Assert.Contains("Enter an e-mail address", page.QuerySelector("[role=alert]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("not an address", page.QuerySelector("#mine-email")!.GetAttribute("value")); // nothing lost
    }

    [Fact]
    public async Task ALinkOlderThan24Hours_OpensNothing_AndSaysToAskAgain()
    {
        var email = NewEmail();
        await SaveAsync(email, listed: true);
        var list = await ListLinkAsync(email);
        var (_, page) = await _client.GetPageAsync(list);
        using (var connection = site.Services.GetRequiredService<IDatabase>().OpenForWriting())
        {
            connection.Execute("UPDATE foia_access_links SET expires_at = @past", new { past = DateTimeOffset.UtcNow.AddMinutes(-1) });
        }

        var (response, expired) = await _client.GetPageAsync(list);
        var open = await _client.SubmitAsync(list, page, ".my-requests form");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.NotNull(expired.QuerySelector("a[href='/requests/mine']"));
        Assert.Empty(expired.QuerySelectorAll(".my-requests li"));
        Assert.Equal(HttpStatusCode.NotFound, open.StatusCode); // the button from the page opened before makes no address
    }

    [Fact]
    public async Task AnotherPersonsRequest_CannotBeOpenedFromMyList()
    {
        var mine = NewEmail();
        await SaveAsync(mine, listed: true);
        await SaveAsync(NewEmail(), listed: true); // theirs: the newest request
        var list = await ListLinkAsync(mine);
        var (_, page) = await _client.GetPageAsync(list);
        using var connection = site.Services.GetRequiredService<IDatabase>().Open();
        var theirId = connection.ExecuteScalar<long>("SELECT MAX(id) FROM foia_requests");
        long AddressesOfTheirs() => connection.ExecuteScalar<long>("SELECT COUNT(*) FROM foia_request_tokens WHERE request_id = @theirId", new { theirId });

        // The list's own button, its id changed to the other person's request.
        var open = await _client.SubmitAsync(list, page, ".my-requests form", new Dictionary<string, string?> { ["id"] = theirId.ToString(System.Globalization.CultureInfo.InvariantCulture) });

        Assert.Equal(HttpStatusCode.OK, open.StatusCode); // my list again, not an address of theirs
        Assert.Null(open.Headers.Location);
        Assert.Equal(0, AddressesOfTheirs());
        Assert.Single((await HtmlClient.ParseAsync(open)).QuerySelectorAll(".my-requests li"));
    }

    [Fact]
    public async Task DeletingARequest_ForgetsItsAddress_AndItsFreshAddresses()
    {
        var email = NewEmail();
        var url = await SaveAsync(email, listed: true);
        var list = await ListLinkAsync(email);
        var (_, page) = await _client.GetPageAsync(list);
        var fresh = (await _client.SubmitAsync(list, page, ".my-requests form")).Headers.Location!.ToString();

        var (_, request) = await _client.GetPageAsync(url);
        var deleted = await _client.SubmitAsync(url, request, "form[action*='handler=Delete']", new Dictionary<string, string?> { ["confirm"] = "true" });

        Assert.Equal(HttpStatusCode.SeeOther, deleted.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _client.GetAsync(new Uri(fresh, UriKind.Relative))).StatusCode);
        var (_, after) = await _client.GetPageAsync(list);
        Assert.Empty(after.QuerySelectorAll(".my-requests li"));
        using var connection = site.Services.GetRequiredService<IDatabase>().Open();
        Assert.Equal(0, connection.ExecuteScalar<long>("SELECT COUNT(*) FROM foia_requests WHERE owner_email_hash IS NOT NULL AND form LIKE @pattern", new { pattern = $"%{email}%" }));
    }
}
