using System.Text.Json;
using System.Text.Json.Serialization;
using CivicAction.Core.Deadlines;
using CivicAction.Core.Letters.Foia;
using CivicAction.Web.Features.SendForMe;
using CivicAction.Web.Features.SendForMe.Outbox;
using CivicAction.Web.Platform.Database;
using Dapper;
using CivicAction.Web.Platform.Hosting;
using CivicAction.Web.Platform.Localization;

namespace CivicAction.Web.Features.Foia;

/// <summary>FOIA requests at their private addresses: create, read by token, record what happened, delete.</summary>
public sealed class FoiaRequestStore(IDatabase database, HeldMessages held, TimeProvider clock)
{
    private const string Columns = """
        id, story_slug, action_number, agency_key, agency_name, channel, destination, form, subject, letter, created_at,
        send_requested_at, submitted_on, submitted_via, tracking_number, acknowledged_on, unusual_circumstances AS unusual_circumstances_flag, answered_on, outcome,
        received_on, misrouted AS misrouted_flag, reached_right_office_on,
        exemptions AS exemption_codes, fee_category_denied AS fee_category_denied_flag, fee_waiver_denied AS fee_waiver_denied_flag,
        expedited_denied AS expedited_denied_flag
        """;

    // The filled form as stored: the request model itself, its enums by name.
    private static readonly JsonSerializerOptions FormJson = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    /// <summary>
    /// Saves a drafted request; returns the token of its private address. With <paramref name="emailLink"/> (which
    /// turns the token into the e-mail's subject and body), the requester is e-mailed that address in the same
    /// transaction: a saved request whose link was asked for always has its e-mail queued.
    /// </summary>
    /// <remarks>With <paramref name="listUnderEmail"/> (the requester's opt-in), the request is listed under the hash of
    /// their e-mail address, so that a link e-mailed on asking can list it (<see cref="FoiaAccessStore"/>).</remarks>
    public string Create(FoiaRequest request, DeliveryPlan plan, FoiaLetter letter, string storySlug, int actionNumber,
        Func<string, (string Subject, string Body)>? emailLink = null, bool listUnderEmail = false)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(letter);
        var token = SecretToken.New();
        const string sql = """
            INSERT INTO foia_requests (token_hash, story_slug, action_number, agency_key, agency_name, channel, destination,
                                       form, subject, letter, created_at, owner_email_hash)
            VALUES (@tokenHash, @storySlug, @actionNumber, @agencyKey, @agencyName, @channel, @destination,
                    @form, @subject, @letter, @now, @ownerEmailHash)
            RETURNING id
            """;
        using var connection = database.OpenForWriting();
        using var transaction = connection.BeginTransaction();
        var id = connection.ExecuteScalar<long>(sql, new
        {
            tokenHash = SecretToken.Hash(token),
            storySlug,
            actionNumber,
            agencyKey = plan.Agency?.Key,
            agencyName = plan.Agency?.Name ?? request.AgencyName,
            channel = DbEnum.Text(plan.Channel),
            destination = plan.Channel switch
            {
                DeliveryChannel.Portal => plan.PortalUrl,
                DeliveryChannel.Email => plan.EmailTo,
                _ => null,
            },
            form = JsonSerializer.Serialize(request, FormJson),
            subject = letter.Subject,
            letter = letter.Body,
            now = clock.GetUtcNow(),
            ownerEmailHash = listUnderEmail ? FoiaAccessStore.EmailKey(request.Email) : null,
        }, transaction);
        if (emailLink is not null)
        {
            var (subject, body) = emailLink(token);
            held.Notify(connection, transaction, new MessageOwner(MessagePurpose.Foia, id), request.Email.Trim(), subject, body);
        }

        transaction.Commit();
        if (emailLink is not null)
        {
            held.WakeWorker();
        }

        return token;
    }

    /// <summary>The form as it was saved.</summary>
    internal static FoiaRequest ReadForm(string json) =>
        JsonSerializer.Deserialize<FoiaRequest>(json, FormJson) ?? throw new InvalidDataException("a stored FOIA form is empty");

    public FoiaRecord? ByToken(string? token)
    {
        if (!SecretToken.LooksValid(token))
        {
            return null;
        }

        using var connection = database.Open();
        var record = connection.QuerySingleOrDefault<FoiaRecord>(
            $"""
            SELECT {Columns} FROM foia_requests
            WHERE token_hash = @hash OR id = (SELECT request_id FROM foia_request_tokens WHERE token_hash = @hash)
            """, new { hash = SecretToken.Hash(token!) });
        return record is null ? null : record with
        {
            Tolling = connection.Query<TollingRow>(
                    "SELECT reason, asked_on, answered_on FROM foia_tolling WHERE request_id = @Id ORDER BY asked_on, id", new { record.Id })
                .Select(r => new TollingPeriod(r.Reason, r.AskedOn, r.AnsweredOn))
                .ToList(),
        };
    }

    private sealed record TollingRow(TollingReason Reason, DateOnly AskedOn, DateOnly? AnsweredOn);

    /// <summary>
    /// "Send for me": the letter is held for the agency's address on record, and a confirmation e-mail goes to the
    /// requester; both in one transaction with the request's own note that sending was asked for.
    /// </summary>
    /// <summary>
    /// Holds the letter and asks the requester to confirm, once: the claim on the request ("ask to send" on a request
    /// not yet asked or submitted) is a conditional update in the transaction that adds the messages, so presses that
    /// race each other, or a page posted twice, queue one letter. False when it had already been asked.
    /// </summary>
    public bool RequestSending(FoiaRecord record, Func<string, string> confirmUrl)
    {
        ArgumentNullException.ThrowIfNull(record);
        var request = record.Request;
        using var connection = database.OpenForWriting();
        using var transaction = connection.BeginTransaction();
        var claimed = connection.Execute(
            "UPDATE foia_requests SET send_requested_at = @now WHERE id = @Id AND send_requested_at IS NULL AND submitted_on IS NULL",
            new { now = clock.GetUtcNow(), record.Id }, transaction);
        if (claimed == 0)
        {
            return false; // disposing the transaction rolls it back: nothing was added
        }

        held.Hold(connection, transaction, record.Owner, new Sender(request.FullName, request.Email),
            [new LetterToSend(record.Destination!, record.Subject, record.Letter)], ConfirmationWhat(record), confirmUrl, SiteLanguages.Current);
        transaction.Commit();
        held.WakeWorker();
        return true;
    }

    /// <summary>
    /// What the confirmation e-mail says is being sent: an agency's name only when it is the directory's, never the
    /// name a requester typed for an unknown agency (the e-mail goes to an address not yet confirmed, and must not
    /// carry anyone's words to it). In the language of the page the person asked from, as the rest of the e-mail.
    /// </summary>
    private static string ConfirmationWhat(FoiaRecord record) =>
        record.Agency is { } agency
            ? FoiaStrings.Format("Mail.SendWhatAgency", agency.Name)
            : FoiaStrings.Text("Mail.SendWhat");

    public void RecordSubmission(long id, DateOnly submittedOn, SubmissionRoute via, string? trackingNumber)
    {
        const string sql = """
            UPDATE foia_requests
            SET submitted_on = @submittedOn, submitted_via = @via, tracking_number = COALESCE(@trackingNumber, tracking_number)
            WHERE id = @id
            """;
        using var connection = database.OpenForWriting();
        connection.Execute(sql, new { id, submittedOn, via = DbEnum.Text(via), trackingNumber = Blank(trackingNumber) });
    }

    /// <summary>
    /// The agency's acknowledgement: its date, the tracking number, unusual circumstances, the receipt date it states
    /// (which then decides when the clock started), and whether the request first reached the wrong office.
    /// </summary>
    public void RecordAcknowledgement(long id, Acknowledgement acknowledgement)
    {
        ArgumentNullException.ThrowIfNull(acknowledgement);
        const string sql = """
            UPDATE foia_requests
            SET acknowledged_on = @On, tracking_number = COALESCE(@trackingNumber, tracking_number),
                unusual_circumstances = @UnusualCircumstances, received_on = @ReceivedOn,
                misrouted = @Misrouted, reached_right_office_on = @ReachedRightOfficeOn
            WHERE id = @id
            """;
        using var connection = database.OpenForWriting();
        connection.Execute(sql, new
        {
            id,
            acknowledgement.On,
            trackingNumber = Blank(acknowledgement.TrackingNumber),
            UnusualCircumstances = acknowledgement.UnusualCircumstances ? 1 : 0,
            acknowledgement.ReceivedOn,
            Misrouted = acknowledgement.Misrouted ? 1 : 0,
            ReachedRightOfficeOn = acknowledgement.Misrouted ? acknowledgement.ReachedRightOfficeOn : null,
        });
    }

    /// <summary>
    /// The agency asked the requester for information or about fees: the clock pauses from that day. One question is
    /// open at a time, decided by the insert itself, so two presses at once record one.
    /// </summary>
    public void RecordQuestion(long id, TollingReason reason, DateOnly askedOn)
    {
        const string sql = """
            INSERT INTO foia_tolling (request_id, reason, asked_on)
            SELECT @id, @reason, @askedOn
            WHERE NOT EXISTS (SELECT 1 FROM foia_tolling WHERE request_id = @id AND answered_on IS NULL)
            ON CONFLICT DO NOTHING
            """;
        using var connection = database.OpenForWriting();
        connection.Execute(sql, new { id, reason = DbEnum.Text(reason), askedOn });
    }

    /// <summary>The requester's answer reached the agency: the open question closes and the clock runs again.</summary>
    public void RecordQuestionAnswered(long id, DateOnly answeredOn)
    {
        const string sql = """
            UPDATE foia_tolling SET answered_on = @answeredOn
            WHERE id = (SELECT id FROM foia_tolling WHERE request_id = @id AND answered_on IS NULL ORDER BY asked_on DESC, id DESC LIMIT 1)
            """;
        using var connection = database.OpenForWriting();
        connection.Execute(sql, new { id, answeredOn });
    }

    /// <summary>
    /// The agency's answer, whole: its date, outcome, the exemptions cited (kept only for a withholding) and the refusals
    /// of fees or speed. Recording it again replaces all of it, so an unticked box is forgotten.
    /// </summary>
    public void RecordAnswer(long id, DateOnly answeredOn, AgencyAnswer answer)
    {
        ArgumentNullException.ThrowIfNull(answer);
        const string sql = """
            UPDATE foia_requests
            SET answered_on = @answeredOn, outcome = @outcome, exemptions = @exemptions,
                fee_category_denied = @feeCategoryDenied, fee_waiver_denied = @feeWaiverDenied, expedited_denied = @expeditedDenied
            WHERE id = @id
            """;
        using var connection = database.OpenForWriting();
        connection.Execute(sql, new
        {
            id,
            answeredOn,
            outcome = answer.Outcome is { } outcome ? DbEnum.Text(outcome) : null,
            exemptions = answer.Withheld ? FoiaExemptions.ToList(answer.Exemptions) : null,
            feeCategoryDenied = answer.FeeCategoryDenied ? 1 : 0,
            feeWaiverDenied = answer.FeeWaiverDenied ? 1 : 0,
            expeditedDenied = answer.ExpeditedDenied ? 1 : 0,
        });
    }

    /// <summary>Deletes the request and forgets its messages, from the disk too; only what keeps delivery idempotent stays.</summary>
    public void Delete(FoiaRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        using var connection = database.OpenForWriting();
        using var transaction = connection.BeginTransaction();
        held.Forget(connection, transaction, record.Owner);
        connection.Execute("DELETE FROM foia_tolling WHERE request_id = @Id", new { record.Id }, transaction);
        connection.Execute("DELETE FROM foia_request_tokens WHERE request_id = @Id", new { record.Id }, transaction);
        connection.Execute("DELETE FROM foia_requests WHERE id = @Id", new { record.Id }, transaction);
        transaction.Commit();
        database.ForgetDeletedData();
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}

/// <summary>What the agency's acknowledgement says, as the requester records it.</summary>
public sealed record Acknowledgement(DateOnly On, string? TrackingNumber, bool UnusualCircumstances, DateOnly? ReceivedOn, bool Misrouted, DateOnly? ReachedRightOfficeOn);
