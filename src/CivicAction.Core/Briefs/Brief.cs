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

/// <summary>One numbered entry of "What You Can Do".</summary>
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
    Guidance? Guidance);

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
public sealed record Block(string? Label, string Text, IReadOnlyList<ListItem> Items);

/// <summary>A bullet and the bullets nested under it.</summary>
public sealed record ListItem(string Text, IReadOnlyList<ListItem> Items);

/// <summary>Help for the reader ("How to find your representative"): never part of a letter.</summary>
public sealed record Guidance(string Heading, IReadOnlyList<ListItem> Items);
