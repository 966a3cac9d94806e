using CivicAction.Web.Platform.Localization;
using Dapper;
using CivicAction.Web.Features.SendForMe;
using CivicAction.Web.Features.SendForMe.Outbox;
using CivicAction.Web.Platform.Database;
using CivicAction.Web.Platform.Hosting;

namespace CivicAction.Web.Features.Congress.Letters;

/// <summary>A letter the person asked the app to send; the address is the operator's, never the form's.</summary>
public sealed record MemberLetterToSend(string BioguideId, string MemberLabel, LetterToSend Letter);

/// <summary>One "send for me": who sends (name and e-mail, for From, Cc and Reply-To) and the letters.</summary>
public sealed record SendRequest(string StorySlug, int ActionNumber, Sender Sender, IReadOnlyList<MemberLetterToSend> Letters);

/// <summary>A stored set of letters, found by its private page's token.</summary>
public sealed record LetterSet(long Id, string StorySlug, long ActionNumber, DateTimeOffset CreatedAt, DateTimeOffset? DeletedAt)
{
    /// <summary>Whose messages and confirmation these are in the outbox.</summary>
    public MessageOwner Owner => new(MessagePurpose.Congress, Id);

    public bool IsDeleted => DeletedAt is not null;
}

/// <summary>
/// A stored letter with where its outbox message is, and how it travels: by e-mail, or through Communicating with
/// Congress, whose DeliveryId is the message's id and whose reference, once it accepted the letter, is the receipt.
/// </summary>
public sealed record SentLetter(
    long Id, string BioguideId, string MemberLabel, OutboxState State, string ToAddress, string Subject, string Body,
    DateTimeOffset? SentAt, string? LastError, long Attempts, OutboxChannel Channel = OutboxChannel.Smtp, string? MessageId = null,
    string? Receipt = null);

/// <summary>
/// Letters sent through the app. Saving writes the set, its letters held in the outbox and the confirmation e-mail
/// in one transaction (<see cref="HeldMessages"/>), so either the person gets a confirmation link and every letter
/// waits for it, or nothing was stored at all.
/// </summary>
public sealed class SentLetterStore(IDatabase database, HeldMessages held, TimeProvider clock)
{
    /// <summary>
    /// Stores the letters held until the person confirms, as the set whose private page is <paramref name="token"/>.
    /// Once per token: the set is claimed by a conditional insert in the transaction that holds the letters, so posts
    /// that race each other with one send form hold one set of letters. False when the set already existed.
    /// </summary>
    public bool Save(SendRequest request, string token, Func<string, string, string> confirmUrl)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(confirmUrl);
        using var connection = database.OpenForWriting();
        using var transaction = connection.BeginTransaction();
        var claimed = connection.ExecuteScalar<long?>(
            """
            INSERT INTO congress_letter_sets (token_hash, story_slug, action_number, created_at)
            VALUES (@hash, @StorySlug, @ActionNumber, @now)
            ON CONFLICT (token_hash) DO NOTHING
            RETURNING id
            """,
            new { hash = SecretToken.Hash(token), request.StorySlug, request.ActionNumber, now = clock.GetUtcNow() }, transaction);
        if (claimed is not { } id)
        {
            return false;
        }

        var owner = new MessageOwner(MessagePurpose.Congress, id);
        var outboxIds = held.Hold(connection, transaction, owner, request.Sender, request.Letters.Select(l => l.Letter).ToList(),
            What(request.Letters), code => confirmUrl(token, code), SiteLanguages.Current);
        foreach (var (letter, outboxId) in request.Letters.Zip(outboxIds))
        {
            connection.Execute(
                "INSERT INTO congress_letters (set_id, bioguide_id, member_label, outbox_id) VALUES (@id, @BioguideId, @MemberLabel, @outboxId)",
                new { id, letter.BioguideId, letter.MemberLabel, outboxId }, transaction);
        }

        transaction.Commit();
        held.WakeWorker();
        return true;
    }

    public LetterSet? Find(string? token)
    {
        if (!SecretToken.LooksValid(token))
        {
            return null;
        }

        using var connection = database.Open();
        return connection.QuerySingleOrDefault<LetterSet>(
            "SELECT id, story_slug, action_number, created_at, deleted_at FROM congress_letter_sets WHERE token_hash = @hash",
            new { hash = SecretToken.Hash(token!) });
    }

    public IReadOnlyList<SentLetter> Letters(LetterSet set)
    {
        ArgumentNullException.ThrowIfNull(set);
        const string sql = """
            SELECT l.id, l.bioguide_id, l.member_label, o.state, o.to_address, o.subject, o.body, o.sent_at, o.last_error, o.attempts,
                   o.channel, o.message_id, o.receipt
            FROM congress_letters l
            JOIN outbox_messages o ON o.id = l.outbox_id
            WHERE l.set_id = @Id
            ORDER BY l.id
            """;
        using var connection = database.Open();
        return connection.Query<SentLetter>(sql, new { set.Id }).AsList();
    }

    public DateTimeOffset? ConfirmedAt(LetterSet set) => held.ConfirmedAt(set.Owner);

    /// <summary>The sender's own address (copied on each letter); null once their data is deleted.</summary>
    public string? SenderEmail(LetterSet set)
    {
        ArgumentNullException.ThrowIfNull(set);
        using var connection = database.Open();
        return connection.ExecuteScalar<string?>(
            "SELECT cc_address FROM outbox_messages WHERE owner_key = @key AND purpose = @purpose AND cc_address IS NOT NULL LIMIT 1",
            new { key = set.Owner.Key, purpose = DbEnum.Text(MessagePurpose.Congress) });
    }

    /// <summary>Forgets the person (see <see cref="HeldMessages.Forget"/>), from the disk too, and notes when, for their private page.</summary>
    public void Delete(LetterSet set)
    {
        ArgumentNullException.ThrowIfNull(set);
        using var connection = database.OpenForWriting();
        using var transaction = connection.BeginTransaction();
        held.Forget(connection, transaction, set.Owner);
        connection.Execute("UPDATE congress_letter_sets SET deleted_at = @now WHERE id = @Id AND deleted_at IS NULL",
            new { now = clock.GetUtcNow(), set.Id }, transaction);
        transaction.Commit();
        database.ForgetDeletedData();
    }

    /// <summary>"your letter to Senator Maria Cantwell", "your letters to Senator Maria Cantwell and Representative ...".</summary>
    /// <summary>"your letters to Senator Maria Cantwell and Representative Pramila Jayapal", in the requester's language.</summary>
    private static string What(IReadOnlyList<MemberLetterToSend> letters)
    {
        var names = letters.Select(l => LetterTarget.Shown(l.MemberLabel)).ToList();
        return LetterStrings.Format(names.Count == 1 ? "Mail.WhatOne" : "Mail.WhatMany", ContactFormHelp.List(names));
    }
}
