namespace CivicAction.Core.Formats;

/// <summary>
/// "Open in my e-mail app": a mailto link (RFC 6068) with subject and body, CRLF line breaks as the RFC asks.
/// Mail apps and browsers cut long links (around 2,000 characters), so a long letter gets a link with the subject
/// only, and the page asks the person to copy the letter first.
/// </summary>
public sealed record MailtoLink(string Href, bool IncludesBody)
{
    public const int MaxLength = 1800;

    public static MailtoLink For(string to, string subject, string body)
    {
        ArgumentNullException.ThrowIfNull(to);
        ArgumentNullException.ThrowIfNull(subject);
        ArgumentNullException.ThrowIfNull(body);
        var head = $"mailto:{Uri.EscapeDataString(to).Replace("%40", "@", StringComparison.Ordinal)}?subject={Uri.EscapeDataString(subject)}";
        var full = $"{head}&body={Uri.EscapeDataString(body.Replace("\n", "\r\n", StringComparison.Ordinal))}";
        return full.Length <= MaxLength ? new(full, true) : new(head, false);
    }
}
