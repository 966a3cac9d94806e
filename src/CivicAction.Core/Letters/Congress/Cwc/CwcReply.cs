using System.Text;
using System.Text.RegularExpressions;
using System.Xml;

namespace CivicAction.Core.Letters.Congress.Cwc;

/// <summary>
/// What CWC's answers say. A refused message (400) carries the reasons as <c>Error</c> elements; an accepted one
/// (2xx) may carry a reference, which the ledger keeps. Answers are read with a strict parser (no DTD, no external
/// entities) and bounded: they are shown to the person and must never be markup or pages of text.
/// </summary>
public static partial class CwcReply
{
    public const int ReasonMax = 500;

    /// <summary>The reasons of a refusal, joined; the body's text when it is not XML; a plain sentence when it is empty.</summary>
    public static string Reason(string? body)
    {
        var errors = Elements(body).Where(e => e.LocalName == "Error").Select(e => Plain(e.InnerText)).Where(t => t.Length > 0).ToList();
        var text = errors.Count > 0 ? string.Join("; ", errors)
            : Elements(body).Any() ? Plain(Elements(body).First().InnerText)
            : Plain(body);
        return text.Length == 0 ? "no reason given" : Bound(text);
    }

    /// <summary>The reference an acceptance carries (an element named like an id or a receipt), or null.</summary>
    public static string? Receipt(string? body)
    {
        var element = Elements(body).FirstOrDefault(e =>
            !e.ChildNodes.OfType<XmlElement>().Any() && ReceiptName().IsMatch(e.LocalName) && Plain(e.InnerText).Length > 0);
        var text = element is null ? "" : Plain(element.InnerText);
        return text.Length is > 0 and <= 100 ? text : null;
    }

    private static IEnumerable<XmlElement> Elements(string? body)
    {
        if (string.IsNullOrWhiteSpace(body) || !body.TrimStart().StartsWith('<'))
        {
            return [];
        }

        var document = new XmlDocument { XmlResolver = null };
        try
        {
            using var reader = XmlReader.Create(new StringReader(body), new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null });
            document.Load(reader);
        }
        catch (XmlException)
        {
            return [];
        }

        return document.DocumentElement is { } root ? root.SelectNodes("descendant-or-self::*")!.Cast<XmlElement>() : [];
    }

    /// <summary>One line of printable text.</summary>
    private static string Plain(string? text)
    {
        var sb = new StringBuilder();
        foreach (var c in text ?? "")
        {
            sb.Append(char.IsControl(c) || char.IsWhiteSpace(c) ? ' ' : c);
        }

        return Spaces().Replace(sb.ToString(), " ").Trim();
    }

    private static string Bound(string text) => text.Length <= ReasonMax ? text : text[..(ReasonMax - 1)].TrimEnd() + "…";

    [GeneratedRegex(@"(Id|ID|Receipt|Reference|Confirmation)(Number)?$", RegexOptions.CultureInvariant)]
    private static partial Regex ReceiptName();

    [GeneratedRegex(@" {2,}", RegexOptions.CultureInvariant)]
    private static partial Regex Spaces();
}
