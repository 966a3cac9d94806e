using System.Buffers;
using System.Text.Unicode;

namespace CivicAction.Core.Briefs;

/// <summary>
/// Turns the bytes of a brief into normalised lines: strict UTF-8 (a BOM is dropped),
/// any line ending, non-breaking spaces as spaces, indentation measured, trailing spaces gone.
/// </summary>
internal static class SourceText
{
    private const int TabWidth = 4;

    public static string Decode(ReadOnlySpan<byte> bytes)
    {
        ReadOnlySpan<byte> bom = [0xEF, 0xBB, 0xBF];
        if (bytes.StartsWith(bom))
        {
            bytes = bytes[bom.Length..];
        }

        var chars = ArrayPool<char>.Shared.Rent(bytes.Length);
        try
        {
            var status = Utf8.ToUtf16(bytes, chars, out var bytesRead, out var charsWritten, replaceInvalidSequences: false);
            if (status != OperationStatus.Done)
            {
                var line = 1 + bytes[..bytesRead].Count((byte)'\n');
                throw new BriefFormatException(line, $"expected UTF-8 text, found a byte that is not (0x{bytes[bytesRead]:X2} at byte {bytesRead + 1})");
            }

            return new string(chars, 0, charsWritten);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
        }
    }

    public static List<SourceLine> SplitLines(string text)
    {
        if (text.Length > 0 && text[0] == '\uFEFF')
        {
            text = text[1..];
        }

        var lines = new List<SourceLine>();
        var number = 0;
        var start = 0;
        while (start <= text.Length)
        {
            var end = text.AsSpan(start).IndexOfAny('\r', '\n');
            var raw = end < 0 ? text.AsSpan(start) : text.AsSpan(start, end);
            number++;
            lines.Add(ToLine(number, raw));
            if (end < 0)
            {
                break;
            }

            start += end + 1;
            if (text[start - 1] == '\r' && start < text.Length && text[start] == '\n')
            {
                start++;
            }
        }

        return lines;
    }

    private static SourceLine ToLine(int number, ReadOnlySpan<char> raw)
    {
        RejectControlCharacters(number, raw);

        var indent = 0;
        var i = 0;
        for (; i < raw.Length; i++)
        {
            var c = raw[i];
            if (c == '\t')
            {
                indent += TabWidth - (indent % TabWidth);
            }
            else if (IsSpace(c))
            {
                indent++;
            }
            else
            {
                break;
            }
        }

        var text = TextNormalizer.NormalizeSpaces(raw[i..]);
        return new SourceLine(number, text.Length == 0 ? 0 : indent, text);
    }

    private static void RejectControlCharacters(int number, ReadOnlySpan<char> raw)
    {
        foreach (var c in raw)
        {
            if ((c < 0x20 && c != '\t') || c == 0x7F || c is '\uFFFE' or '\uFFFF')
            {
                throw new BriefFormatException(number, $"expected text, found the control character U+{(int)c:X4} (is this a binary file?)");
            }
        }
    }

    /// <summary>Spaces that briefs use for layout: ASCII space and the non-breaking family.</summary>
    public static bool IsSpace(char c) => c is ' ' or '\u00A0' or '\u2007' or '\u202F';

    public static string Describe(string text) =>
        text.Length <= 50 ? $"'{text}'" : $"'{text[..47]}...'";
}
