using System.Text.Json.Serialization;

namespace CivicAction.Core.Briefs;

/// <summary>
/// A news brief as parsed from one file: the story and what readers can do about it. Its address on the site is not
/// part of it: storage gives each story one (see <see cref="Slug"/>) and keeps it when the file changes.
/// </summary>
public sealed record Brief(
    string Source,
    DateOnly Published,
    string Headline,
    string Dek,
    IReadOnlyList<string> Summary,
    IReadOnlyList<string> Body,
    IReadOnlyList<Tag> Tags,
    IReadOnlyList<BriefAction> Actions);

/// <summary>A topic tag such as 🛂 Immigration; the emoji is one whole grapheme cluster.</summary>
public sealed record Tag(string Emoji, string Name);

/// <summary>
/// One numbered entry of "What You Can Do": what the parser read (the positional members), and what follows from it
/// (<see cref="Type"/>, <see cref="Mentioned"/> and the details of a call, a comment or a meeting). Those are worked
/// out from the parsed parts each time they are asked for, never stored, so a story stored by an older parser
/// still gets them, and they can never disagree with the parts they come from.
/// </summary>
public sealed record BriefAction(
    int Number,
    string Kind,
    ActionChannel Channel,
    string Title,
    string Description,
    Contacts Contacts,
    string? Heading,
    string? Subject,
    IReadOnlyList<Block> Blocks,
    IReadOnlyList<string> Placeholders,
    Guidance? Guidance)
{
    /// <summary>What the reader is asked to do, decided once, here (see <see cref="ActionTypes"/>).</summary>
    public ActionType Type => ActionTypes.Of(this);

    /// <summary>E-mail addresses, web addresses and phone numbers written inside the action's texts, besides its contact lines.</summary>
    public Contacts Mentioned => TextContacts.Mentioned(this);

    /// <summary>Whom to call and the numbers, for a call; otherwise null.</summary>
    public CallDetails? Call => Type == ActionType.Call ? CallDetails.Of(this) : null;

    /// <summary>Where to comment and the docket, for a public comment; otherwise null.</summary>
    public CommentDetails? Comment => Type == ActionType.PublicComment ? CommentDetails.Of(this) : null;

    /// <summary>The date, time and place as written, and what is missing, for a meeting to attend; otherwise null.</summary>
    public MeetingDetails? Meeting => Type == ActionType.Attend ? MeetingDetails.Of(this) : null;
}

/// <summary>How an action is carried out, derived from its content.</summary>
public enum ActionChannel
{
    Foia,
    Email,
    Phone,
    Other,
}

/// <summary>Contact lines exactly as the brief wrote them, one kind per list.</summary>
public sealed record Contacts(IReadOnlyList<string> Emails, IReadOnlyList<string> Urls, IReadOnlyList<string> Phones)
{
    public static Contacts None { get; } = new([], [], []);

    [JsonIgnore]
    public bool IsEmpty => Emails.Count == 0 && Urls.Count == 0 && Phones.Count == 0;
}

/// <summary>
/// A labelled block ("Opening statement: ...") or an unlabelled paragraph of a letter
/// (Label is null), with the bullets right under it.
/// </summary>
public sealed record Block(string? Label, string Text, IReadOnlyList<ListItem> Items)
{
    /// <summary>Whether the block is words for the recipient or steps for the reader, from its label (see <see cref="BlockRoles"/>).</summary>
    public BlockRole Role => BlockRoles.Of(this);
}

/// <summary>What a block is for.</summary>
public enum BlockRole
{
    /// <summary>Words that go to the recipient: key points, a letter's paragraphs, a script, a sample comment, a statement.</summary>
    Message,

    /// <summary>Steps and tips for the reader that are part of doing the action: "How to file", "What to bring", "Hints for speaking".</summary>
    Instructions,
}

/// <summary>A bullet and the bullets nested under it.</summary>
public sealed record ListItem(string Text, IReadOnlyList<ListItem> Items);

/// <summary>Help for the reader about the tool itself ("How to find your representative"): never part of a letter.</summary>
public sealed record Guidance(string Heading, IReadOnlyList<ListItem> Items);
