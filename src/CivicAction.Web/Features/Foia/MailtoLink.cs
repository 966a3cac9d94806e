namespace CivicAction.Web.Features.Foia;

/// <summary>
/// "Open in my e-mail app": a mailto link with subject and body. Mail apps and browsers cut long
/// links (around 2,000 characters), so a long letter gets a link with the subject only and the
/// page asks to copy the letter first.
/// </summary>
public static class MailtoLink
{
    public const int MaxLength = 1800;

    public static (string Href, bool IncludesBody) For(string to, string subject, string body)
    {
        var head = $"mailto:{Uri.EscapeDataString(to).Replace("%40", "@", StringComparison.Ordinal)}?subject={Uri.EscapeDataString(subject)}";
        var full = $"{head}&body={Uri.EscapeDataString(body.Replace("\n", "\r\n", StringComparison.Ordinal))}";
        return full.Length <= MaxLength ? (full, true) : (head, false);
    }
}
