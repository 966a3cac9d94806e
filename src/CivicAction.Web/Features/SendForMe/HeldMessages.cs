using System.Data.Common;
using System.Globalization;
using CivicAction.Web.Features.SendForMe.Confirmations;
using CivicAction.Web.Features.SendForMe.Outbox;
using CivicAction.Web.Platform.Database;
using CivicAction.Web.Platform.Localization;

namespace CivicAction.Web.Features.SendForMe;

/// <summary>What held messages belong to (a FOIA request, a set of letters), named in the outbox by <see cref="Key"/>.</summary>
public readonly record struct MessageOwner(MessagePurpose Purpose, long Id)
{
    /// <summary>"foia:12", "congress:3": the owner of the outbox rows and of the confirmation.</summary>
    public string Key => $"{DbEnum.Text(Purpose)}:{Id.ToString(CultureInfo.InvariantCulture)}";
}

/// <summary>The person a message is sent for: their name goes on From, their address on Cc and Reply-To.</summary>
public sealed record Sender(string Name, string Email);

/// <summary>
/// A letter to send for someone, to an address from the directory or the operator, never from a form. Through
/// <see cref="OutboxChannel.Cwc"/> its To is the member's office code and <see cref="Payload"/> the message as CWC
/// takes it, composed once here; the subject and body stay what the person's private page shows.
/// </summary>
public sealed record LetterToSend(
    string ToAddress, string Subject, string Body, OutboxChannel Channel = OutboxChannel.Smtp, string? Payload = null, string? MessageId = null);

/// <summary>
/// "Send it for me", the one path every feature uses: letters are held in the outbox together with a confirmation
/// e-mail to the sender (<see cref="Hold"/>), released when the sender confirms (<see cref="Release"/>), and
/// forgotten when the sender deletes their data (<see cref="Forget"/>).
/// </summary>
public sealed class HeldMessages(OutboxStore outbox, EmailConfirmations confirmations, OutboxWorker worker)
{
    /// <summary>
    /// In the caller's transaction, beside the feature's own rows: each letter held, and the confirmation e-mail
    /// queued. <paramref name="what"/> names what is sent, for the confirmation e-mail ("your FOIA request to the
    /// EPA"), worded in <paramref name="language"/>, the requester's language when asking, which the e-mail is written in; <paramref name="confirmUrl"/> turns the confirmation's new secret into the link the e-mail carries.
    /// Returns the outbox ids of the letters, in order. Call <see cref="WakeWorker"/> after the commit.
    /// </summary>
    public IReadOnlyList<long> Hold(
        DbConnection connection, DbTransaction transaction, MessageOwner owner, Sender sender, IReadOnlyList<LetterToSend> letters,
        string what, Func<string, string> confirmUrl, string language = SiteLanguages.English)
    {
        ArgumentNullException.ThrowIfNull(sender);
        ArgumentNullException.ThrowIfNull(letters);
        var ids = letters
            .Select(l => outbox.Add(connection, transaction, new NewMessage(
                owner.Purpose, owner.Key, sender.Name, l.ToAddress, sender.Email, sender.Email, l.Subject, l.Body, Held: true,
                l.Channel, l.Payload, l.MessageId)))
            .ToList();
        confirmations.Ask(connection, transaction, owner.Key, sender.Name, sender.Email, what, confirmUrl, language);
        return ids;
    }

    /// <summary>
    /// In the caller's transaction: an e-mail to the person themselves (the address of their private page), sent at
    /// once, owned by <paramref name="owner"/> so that deleting their data forgets it too. Call <see cref="WakeWorker"/>
    /// after the commit.
    /// </summary>
    public void Notify(DbConnection connection, DbTransaction transaction, MessageOwner owner, string email, string subject, string body) =>
        outbox.Add(connection, transaction, new NewMessage(MessagePurpose.PrivateLink, owner.Key, "", email, null, null, subject, body, Held: false));

    /// <summary>Look at the outbox now: the confirmation e-mail was just queued.</summary>
    public void WakeWorker() => worker.Nudge();

    /// <summary>The sender confirmed with <paramref name="code"/>: their held letters become deliverable at once.</summary>
    public ConfirmOutcome Release(MessageOwner owner, string code)
    {
        var outcome = confirmations.Confirm(owner.Key, code);
        if (outcome == ConfirmOutcome.Confirmed)
        {
            worker.Nudge();
        }

        return outcome;
    }

    /// <summary>
    /// In the caller's transaction: the sender's name, addresses and letters are blanked from the outbox, letters
    /// not yet sent are cancelled, and confirmation links stop working. Letters already sent stay sent.
    /// </summary>
    public void Forget(DbConnection connection, DbTransaction transaction, MessageOwner owner)
    {
        outbox.Forget(connection, transaction, owner.Key);
        confirmations.Forget(connection, transaction, owner.Key);
    }

    public IReadOnlyList<OutboxMessage> Messages(MessageOwner owner) => outbox.ForOwner(owner.Key);

    public DateTimeOffset? ConfirmedAt(MessageOwner owner) => confirmations.ConfirmedAt(owner.Key);
}
