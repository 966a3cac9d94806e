using CivicAction.Web.Features.Shared.Pdf;
using System.Text;
using CivicAction.Core.Letters.Foia;
using MimeKit;
using CivicAction.Web.Features.SendForMe.Smtp;
using CivicAction.Web.Platform.Hosting;
using CivicAction.Core.Deadlines;
using Microsoft.Extensions.Options;
using CivicAction.Core.Formats;

namespace CivicAction.Web.Features.Foia.Downloads;

/// <summary>A request's letters as files: .txt, .eml (opens as a draft), PDF, the due date as .ics, follow-up and appeal.</summary>
public static class FoiaDownloads
{
    public static void MapFoiaDownloads(this IEndpointRouteBuilder app)
    {
        var files = app.MapGroup("/requests/{token}").AddEndpointFilter(async (context, next) =>
        {
            PrivatePageAttribute.ApplyTo(context.HttpContext.Response.Headers);
            return await next(context);
        });

        files.MapGet("/letter.txt", (string token, FoiaRequestStore store) =>
            With(store, token, r => Text(r.Letter, "foia-request.txt")));

        files.MapGet("/letter.eml", (string token, FoiaRequestStore store) =>
            With(store, token, r => Results.File(Eml(r), "message/rfc822", "foia-request.eml")));

        files.MapGet("/letter.pdf", (string token, FoiaRequestStore store) =>
            With(store, token, r => Results.File(LetterPdf.Render(r.Letter, FederalDate.On(r.CreatedAt)), "application/pdf", "foia-request.pdf")));

        // Every deadline known so far; none before the request was sent, so no file either.
        files.MapGet("/due.ics", (string token, HttpRequest request, FoiaRequestStore store, SiteUrls urls, IOptions<SiteOptions> site, TimeProvider clock) =>
            With(store, token, r => FoiaCalendar.EventsFor(r) is { Count: > 0 } events
                ? Results.Text(FoiaCalendar.Create(site.Value.Name, r.Id, events, new Uri(urls.Absolute(request, $"/requests/{token}")), clock.GetUtcNow()),
                    "text/calendar; charset=utf-8", Encoding.UTF8)
                : Results.NotFound()));

        files.MapGet("/follow-up.txt", (string token, FoiaRequestStore store, TimeProvider clock) =>
            With(store, token, r => Text(FoiaFollowUps.FollowUp(r.Case, FederalDate.Today(clock)).Body, "foia-follow-up.txt")));

        // The same rule as the appeal page: an appeal letter exists only when there is something to appeal. The first
        // ground's letter keeps the address it always had; each ground has its own beside it.
        files.MapGet("/appeal.txt", (string token, FoiaRequestStore store, TimeProvider clock) =>
            With(store, token, r => AppealFile(r, FederalDate.Today(clock), key: null)));

        files.MapGet("/appeal/{key}.txt", (string token, string key, FoiaRequestStore store, TimeProvider clock) =>
            With(store, token, r => AppealFile(r, FederalDate.Today(clock), key)));
    }

    private static IResult AppealFile(FoiaRecord record, DateOnly today, string? key)
    {
        var points = record.AppealPoints(today);
        var point = key is null ? points.FirstOrDefault() : points.FirstOrDefault(p => p.Key == key);
        return point is null
            ? Results.NotFound()
            : Text(record.AppealLetter(point, today).Body, key is null ? "foia-appeal.txt" : $"foia-appeal-{point.Key}.txt");
    }

    private static IResult With(FoiaRequestStore store, string token, Func<FoiaRecord, IResult> result) =>
        store.ByToken(token) is { } record ? result(record) : Results.NotFound();

    private static IResult Text(string text, string name) =>
        Results.File(Encoding.UTF8.GetBytes(text), "text/plain; charset=utf-8", name);

    /// <summary>A draft e-mail (X-Unsent) from the requester to the agency, for their own mail app.</summary>
    private static byte[] Eml(FoiaRecord record)
    {
        var request = record.Request;
        var message = new MimeMessage { Subject = MailComposer.SingleLine(record.Subject), Body = new TextPart("plain") { Text = record.Letter } };
        if (EmailAddress.IsValid(request.Email))
        {
            message.From.Add(new MailboxAddress(MailComposer.SingleLine(request.FullName), request.Email.Trim()));
        }

        if (record.Channel == DeliveryChannel.Email && EmailAddress.IsValid(record.Destination))
        {
            message.To.Add(MailboxAddress.Parse(record.Destination!));
        }

        message.Headers.Add("X-Unsent", "1");
        using var stream = new MemoryStream();
        message.WriteTo(stream);
        return stream.ToArray();
    }
}
