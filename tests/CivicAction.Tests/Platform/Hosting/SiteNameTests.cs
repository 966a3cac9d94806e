using CivicAction.Web.Features.SendForMe.Outbox;
using CivicAction.Web.Features.SendForMe.Smtp;
using CivicAction.Tests.Support;

namespace CivicAction.Tests.Platform.Hosting;

/// <summary>The site's name is one setting (Site:Name), used by the layout, the feed and the mail it sends.</summary>
public sealed class SiteNameTests(AppFactory app) : IClassFixture<AppFactory>
{
    private const string Name = "Acción Cívica de Prueba";

    [Fact]
    public async Task TheLayoutAndTheFeed_UseTheConfiguredName()
    {
        using var named = app.WithWebHostBuilder(builder => builder.UseSetting("Site:Name", Name));
        using var client = named.CreateClient();

        var (_, home) = await client.GetPageAsync("/");
        var feed = System.Xml.Linq.XDocument.Parse(await client.GetStringAsync(new Uri("/feed.xml", UriKind.Relative)));

        Assert.EndsWith($"· {Name}", home.Title, StringComparison.Ordinal);
        Assert.Contains(Name, home.QuerySelector(".brand")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("CivicAction", home.QuerySelector("body")!.TextContent, StringComparison.Ordinal);
        Assert.Equal($"{Name}: stories to act on", feed.Root!.Elements().First(e => e.Name.LocalName == "title").Value);
    }

    [Fact]
    public void TheMailsSender_IsNamedAfterTheSite()
    {
        var message = new OutboxMessage(1, "id@test", MessagePurpose.Foia, "foia:1", "Ann Example", "foia@agency.test", null, null,
            "Subject", "Body", OutboxState.Sending, 1, DateTimeOffset.UnixEpoch, null, DateTimeOffset.UnixEpoch, null);

        var mime = MailComposer.Compose(message, new SmtpOptions(), Name);

        Assert.Equal($"Ann Example via {Name}", mime.From.Mailboxes.Single().Name);
    }
}
