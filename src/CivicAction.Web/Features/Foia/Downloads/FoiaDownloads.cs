using System.Text;
using CivicAction.Core.Letters.Foia;
using MimeKit;
using CivicAction.Web.Features.SendForMe.Outbox;
using CivicAction.Web.Features.SendForMe.Smtp;
using CivicAction.Web.Platform.Hosting;

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
            With(store, token, r => Results.File(PlainTextPdf.Render(r.Letter), "application/pdf", "foia-request.pdf")));

        files.MapGet("/due.ics", (string token, FoiaRequestStore store, OutboxStore outbox, TimeProvider clock) =>
            With(store, token, r =>
            {
                var tracking = new FoiaTracking(r, outbox.ForOwner(r.OwnerKey), null, FederalDate.Today(clock));
                return tracking.Due is { } due
                    ? Results.Text(DueDateCalendar.Create($"foia-{r.Id}-due@civicaction", due, $"FOIA answer due: {r.AgencyName}",
                        $"Your FOIA request \"{r.Subject}\" is due an answer today. If none came, your request page has a follow-up letter.", clock.GetUtcNow()),
                        "text/calendar; charset=utf-8", Encoding.UTF8)
                    : Results.NotFound();
            }));

        files.MapGet("/follow-up.txt", (string token, FoiaRequestStore store, TimeProvider clock) =>
            With(store, token, r => Text(FoiaFollowUps.FollowUp(r.Case, FederalDate.Today(clock)).Body, "foia-follow-up.txt")));

        files.MapGet("/appeal.txt", (string token, FoiaRequestStore store, TimeProvider clock) =>
            With(store, token, r =>
            {
                var ground = r.Outcome switch
                {
                    "partly-denied" => AppealGround.PartlyDenied,
                    "denied" or "no-records" => AppealGround.Denied,
                    _ => AppealGround.NoResponse,
                };
                return Text(FoiaFollowUps.Appeal(r.Case, ground, r.AnsweredOn, null, FederalDate.Today(clock)).Body, "foia-appeal.txt");
            }));
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
        if (FoiaChecks.IsValidEmail(request.Email))
        {
            message.From.Add(new MailboxAddress(MailComposer.SingleLine(request.FullName), request.Email.Trim()));
        }

        if (record.Channel == "email" && record.Destination is { } to)
        {
            message.To.Add(MailboxAddress.Parse(to));
        }

        message.Headers.Add("X-Unsent", "1");
        using var stream = new MemoryStream();
        message.WriteTo(stream);
        return stream.ToArray();
    }
}
