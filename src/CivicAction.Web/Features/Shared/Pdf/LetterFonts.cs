using PdfSharp.Fonts;

namespace CivicAction.Web.Features.Shared.Pdf;

/// <summary>
/// The one typeface the letters print in, DejaVu Serif, read from this assembly rather than from the machine: a server
/// or a CI machine may have no fonts installed, and the letter must print the same everywhere. It covers every
/// character a letter is likely to hold (accents, ñ, curly quotes, dashes, §). Bold is simulated when asked for.
/// </summary>
internal sealed class LetterFonts : IFontResolver
{
    public const string Family = "DejaVu Serif";
    private const string Face = "DejaVuSerif";
    private const string Resource = "CivicAction.Web.Features.Shared.Pdf.Fonts.DejaVuSerif.ttf";

    private static readonly Lock Gate = new();
    private static readonly LetterFonts Instance = new();
    private static readonly Lazy<byte[]> FontFile = new(ReadFont);

    /// <summary>
    /// Makes this the process's font resolver. PDFsharp keeps one for the whole process and wants it set before the
    /// first font is made, and only ever to the same instance again; every renderer calls this first.
    /// </summary>
    public static void Install()
    {
        lock (Gate)
        {
            if (!ReferenceEquals(GlobalFontSettings.FontResolver, Instance))
            {
                GlobalFontSettings.FontResolver = Instance;
            }
        }
    }

    // Every family asked for is this one face, so nothing ever falls through to the machine's fonts.
    public FontResolverInfo ResolveTypeface(string familyName, bool isBold, bool isItalic) => new(Face, isBold, isItalic);

    public byte[] GetFont(string faceName) => FontFile.Value;

    private static byte[] ReadFont()
    {
        using var stream = typeof(LetterFonts).Assembly.GetManifestResourceStream(Resource)
            ?? throw new InvalidOperationException($"The font {Resource} is not embedded in the assembly.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
