using System.Net;
using CivicAction.Tests.Support;
using CivicAction.Web.Platform.Database;
using Dapper;
using Microsoft.Extensions.DependencyInjection;

namespace CivicAction.Tests.Features.Foia;

/// <summary>
/// Saving a request can e-mail the requester the address of its private page (opt-in): the e-mail is queued in the
/// same transaction as the request, carries no words the requester typed, is in the page's language, keeps no copy of
/// the secret link once sent, and is forgotten with the request.
/// </summary>
public sealed class FoiaPrivateLinkMailTests(DeliverySite site) : IClassFixture<DeliverySite>
{
    private const string DraftUrl = "/stories/doj-admits-dhs-secretary-noem-personally-decided-to-deport/actions/1/foia";

    private async Task<(HttpResponseMessage Saved, string Email)> SaveAsync(HttpClient client, bool emailMe)
    {
        var email = $"ann-{Guid.NewGuid():N}@example.test";
        var (_, page) = await client.GetPageAsync(DraftUrl);
        var values = new Dictionary<string, string?>(FoiaDraftPageTests.Requester)
        {
            ["Form.Email"] = email,
            ["Form.FullName"] = "Ann <b>Example</b>",
            ["EmailMeTheLink"] = emailMe ? "true" : "false",
        };
        return (await client.SubmitAsync(DraftUrl, page, "#foia-form", values, "button[formaction*='Save']"), email);
    }

    private long LinkMailsTo(string email)
    {
        using var connection = site.Services.GetRequiredService<IDatabase>().Open();
        return connection.ExecuteScalar<long>("SELECT COUNT(*) FROM outbox_messages WHERE purpose = 'privatelink' AND to_address = @email", new { email });
    }

    [Fact]
    public async Task Ticked_TheRequesterGetsTheLink_WhichOpensTheirPage_AndTheSentBodyIsNotKept()
    {
        var client = site.CreateClient(new() { AllowAutoRedirect = false });

        var (saved, email) = await SaveAsync(client, emailMe: true);

        Assert.Equal(HttpStatusCode.SeeOther, saved.StatusCode);
        var path = saved.Headers.Location!.ToString();
        Assert.EndsWith("?done=saved-emailed", path, StringComparison.Ordinal);
        var mail = await site.Smtp.WaitForAsync(m => m.Recipients.Contains(email));
        Assert.Equal([email], mail.Recipients);
        Assert.Equal("Your FOIA request's private page on CivicAction", mail.Message.Subject);
        var body = mail.Message.TextBody;
        var link = DeliverySite.PublicUrl + path.Split('?')[0];
        Assert.Contains(link, body, StringComparison.Ordinal);
        Assert.Contains("U.S. Department of Homeland Security", body, StringComparison.Ordinal);
        Assert.DoesNotContain("Example", body, StringComparison.Ordinal); // nothing the requester typed
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri(link))).StatusCode);
        var (_, page) = await client.GetPageAsync(path);
        Assert.Contains(email, page.QuerySelector("[role=status]")?.TextContent ?? page.Body!.TextContent, StringComparison.Ordinal);

        using var connection = site.Services.GetRequiredService<IDatabase>().Open();
        await WaitUntilAsync(() => connection.ExecuteScalar<string>(
            "SELECT body FROM outbox_messages WHERE purpose = 'privatelink' AND to_address = @email AND state = 'sent'", new { email }) == "");
    }

    [Fact]
    public async Task NotTicked_NothingIsSent()
    {
        var client = site.CreateClient(new() { AllowAutoRedirect = false });

        var (saved, email) = await SaveAsync(client, emailMe: false);

        Assert.EndsWith("?done=saved", saved.Headers.Location!.ToString(), StringComparison.Ordinal);
        Assert.Equal(0, LinkMailsTo(email));
    }

    [Fact]
    public async Task SavedFromTheSpanishPage_TheMailIsInSpanish()
    {
        var client = site.CreateClient(new() { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Add("Cookie", "lang=es");

        var (_, email) = await SaveAsync(client, emailMe: true);

        var mail = await site.Smtp.WaitForAsync(m => m.Recipients.Contains(email));
        Assert.Equal("La página privada de su solicitud de FOIA en CivicAction", mail.Message.Subject);
        Assert.Contains("no reenvíe este correo", mail.Message.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DeletingTheRequest_ForgetsTheLinkMailsAddress()
    {
        var client = site.CreateClient(new() { AllowAutoRedirect = false });
        var (saved, email) = await SaveAsync(client, emailMe: true);
        Assert.Equal(1, LinkMailsTo(email));
        var url = saved.Headers.Location!.ToString().Split('?')[0];

        var (_, page) = await client.GetPageAsync(url);
        var delete = page.QuerySelectorAll("form").First(f => (f.GetAttribute("action") ?? "").Contains("handler=Delete", StringComparison.Ordinal));
        delete.Id = "delete-form";
        await client.SubmitAsync(url, page, "#delete-form", new Dictionary<string, string?> { ["confirm"] = "true" });

        // A mail being sent at that moment is blanked as soon as its attempt is recorded.
        await WaitUntilAsync(() => LinkMailsTo(email) == 0);
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        var until = DateTime.UtcNow.AddSeconds(10);
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < until, "the condition did not come true within 10 seconds");
            await Task.Delay(50);
        }
    }
}
