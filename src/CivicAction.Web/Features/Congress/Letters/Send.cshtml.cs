using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using CivicAction.Web.Features.Congress.Lookup;
using CivicAction.Web.Platform.Hosting;
using CivicAction.Web.Platform.RateLimits;
using CivicAction.Web.Features.SendForMe;
using CivicAction.Core.Letters;
using CivicAction.Core.Letters.Congress;
using CivicAction.Core.Letters.Congress.Cwc;
using CivicAction.Web.Features.Congress.Letters.Cwc;
using CivicAction.Web.Features.SendForMe.Outbox;

namespace CivicAction.Web.Features.Congress.Letters;

/// <summary>
/// "Send for me": the letters are re-drafted from the posted details (never taken from the
/// form as text), addressed only to the operator's configured addresses or, through Communicating
/// with Congress, to the member's own office, and held until the person confirms their e-mail address. Its own page so the "send" rate limit applies to it:
/// the limiter works per endpoint, and a page's handlers share one.
/// </summary>
[EnableRateLimiting(RateLimits.Send)]
public sealed class SendModel(
    CongressWriting writing,
    CongressLookup lookup,
    SentLetterStore store,
    CwcLetters cwc,
    SiteUrls urls,
    ILogger<SendModel> logger) : PageModel
{
    public LettersStep Step { get; private set; } = null!;

    public IActionResult OnGet(string slug, int number) => RedirectToPage("/Congress/Letters/Write", new { slug, number });

    public IActionResult OnPost(string slug, int number, LetterDetails details, string? website, List<string>? sendTo, string? sendKey)
    {
        Response.Headers.CacheControl = "no-store";
        if (writing.Find(slug, number) is not { } action)
        {
            return NotFound();
        }

        if (!string.IsNullOrEmpty(website))
        {
            // Only a robot fills the hidden field: it gets what a person would, and nothing is stored or sent.
            logger.LogInformation("Send for me: the honeypot was filled in; nothing stored or sent");
            return new SeeOtherResult($"/letters/{SecretToken.New()}");
        }

        Step = LetterPages.Prepare(writing, lookup, action, details, edit: false);
        if (Step.Letters is not { } view)
        {
            return Page();
        }

        sendTo ??= [];
        var chosen = view.SendForMe.Where(l => sendTo.Contains(l.Target.Key, StringComparer.OrdinalIgnoreCase)).ToList();
        if (SendError(sendTo, view, chosen) is { } error)
        {
            Step = Step with { Letters = view with { SendErrors = [error] } };
            return Page();
        }

        if (chosen.Any(l => l.EditErrors.Count > 0))
        {
            return Page(); // the person's own version has something to fix first: the page shows what, next to the letter
        }

        var toSend = new List<MemberLetterToSend>();
        foreach (var letter in chosen)
        {
            if (ToSend(letter, details, action) is not { } ready)
            {
                return Page();
            }

            toSend.Add(ready);
        }

        var request = new SendRequest(action.Slug, action.Number, new Sender(details.Name, details.Email!.Trim()), toSend);
        // A form from before send keys (or a tampered one) still sends, once per post.
        var token = SecretToken.LooksValid(sendKey) ? sendKey! : SecretToken.New();
        if (store.Save(request, token, (letters, code) => urls.ForEmail($"/letters/{letters}/confirm/{code}")))
        {
            logger.LogInformation("Send for me: {Count} letters held until the sender confirms their address", chosen.Count);
        }

        return new SeeOtherResult($"/letters/{token}");
    }

    /// <summary>
    /// The letter as the outbox holds it: an e-mail to the operator's address, or the CWC message for the member's
    /// office, composed now so that every attempt posts the same one. Null (and the page says why) when CWC would refuse it.
    /// </summary>
    private MemberLetterToSend? ToSend(MemberLetter letter, LetterDetails details, CongressAction action)
    {
        if (!letter.Delivery.ThroughCwc)
        {
            return new MemberLetterToSend(letter.Target.Key, letter.Target.Label, new LetterToSend(letter.Delivery.Email!, letter.Letter.Subject, letter.Letter.Body));
        }

        var view = Step.Letters!;
        if (string.IsNullOrWhiteSpace(details.Prefix))
        {
            Step = Step with { Letters = view with { SendErrors = [FieldCheck.Blocking("sendTo", "cwc-prefix",
                LetterStrings.Text("Send.NeedsPrefix"))] } };
            return null;
        }

        var topic = CwcTopics.IsKnown(details.Topic) ? details.Topic! : CwcLetters.SuggestedTopic(action);
        var message = cwc.Compose(letter, details, topic);
        if (message.Xml is not { } xml)
        {
            Step = Step with { Letters = view with { SendErrors = [FieldCheck.Blocking("sendTo", "cwc-refused",
                LetterStrings.Format("Send.CwcRefused", letter.Target.ShownLabel, string.Join("; ", message.Problems)))] } };
            return null;
        }

        return new MemberLetterToSend(letter.Target.Key, letter.Target.Label,
            new LetterToSend(letter.Delivery.CwcOffice!, letter.Letter.Subject, letter.Letter.Body, OutboxChannel.Cwc, xml, message.DeliveryId));
    }

    private static FieldCheck? SendError(List<string> sendTo, LettersView view, List<MemberLetter> chosen)
    {
        if (sendTo.Count == 0)
        {
            return FieldCheck.Blocking("sendTo", "choose-members", LetterStrings.Text("Send.ChooseMembers"));
        }

        // A Bioguide ID the page did not offer: only configured addresses are ever written to.
        return chosen.Count != sendTo.Distinct(StringComparer.OrdinalIgnoreCase).Count()
            ? FieldCheck.Blocking("sendTo", "not-offered", view.SendForMe.Count == 0
                ? LetterStrings.Text("Send.NoWay")
                : LetterStrings.Text("Send.NotOffered"))
            : null;
    }
}
