using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using CivicAction.Web.Features.Congress.Lookup;
using CivicAction.Web.Features.Stories;
using CivicAction.Web.Platform.Hosting;

namespace CivicAction.Web.Features.Congress.Letters;

/// <summary>
/// The private page of letters sent through the app, at an unguessable address: what was sent
/// to whom and where each message is, and a way to delete the person's data.
/// </summary>
[PrivatePage]
public sealed class SentModel(SentLetterStore store, StoryStore stories, CongressLookup lookup) : PageModel
{
    public LetterSet Set { get; private set; } = null!;

    public IReadOnlyList<SentLetter> Letters { get; private set; } = [];

    public DateTimeOffset? ConfirmedAt { get; private set; }

    /// <summary>The e-mail address the person gave (the copy of each letter goes there); empty once deleted.</summary>
    public string? Email { get; private set; }

    public StoryDocument? Story { get; private set; }

    /// <summary>How fresh the member data behind the letters' addressing is.</summary>
    public DataAsOf Data { get; private set; } = null!;

    public IActionResult OnGet(string token)
    {
        if (store.Find(token) is not { } set)
        {
            return NotFound();
        }

        Set = set;
        Letters = store.Letters(set);
        ConfirmedAt = store.ConfirmedAt(set);
        Email = store.SenderEmail(set);
        Story = stories.BySlug(set.StorySlug);
        Data = lookup.Data();
        return Page();
    }

    /// <summary>A POST without the delete handler changes nothing: back to the page.</summary>
    public IActionResult OnPost(string token) => new SeeOtherResult($"/letters/{token}");

    public IActionResult OnPostDelete(string token)
    {
        if (store.Find(token) is not { } set)
        {
            return NotFound();
        }

        store.Delete(set);
        return new SeeOtherResult($"/letters/{token}");
    }
}
