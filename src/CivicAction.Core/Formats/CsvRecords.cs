using System.Text;

namespace CivicAction.Core.Formats;

/// <summary>
/// The records of a CSV text per RFC 4180: comma separated, fields optionally in double quotes, "" for a quote
/// inside quotes, commas and line breaks allowed inside quotes, CRLF or LF. A byte order mark is skipped.
/// Hand-written on purpose: it is small, and it says at which line a file goes wrong.
/// </summary>
internal static class CsvRecords
{
    /// <summary>Each record with the line it starts on (1-based); a blank line is a record of one empty field.</summary>
    /// <exception cref="FileRejectedException">A quoted field is not closed, or a quote appears inside an unquoted field.</exception>
    public static IEnumerable<(int Line, string[] Fields)> Read(string source, string text)
    {
        var position = text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0;
        var line = 1;
        var fields = new List<string>();
        var field = new StringBuilder();
        while (position < text.Length)
        {
            var start = line;
            fields.Clear();
            while (true)
            {
                field.Clear();
                if (position < text.Length && text[position] == '"')
                {
                    (position, line) = Quoted(source, text, position + 1, line, field);
                }
                else
                {
                    while (position < text.Length && text[position] is not (',' or '\r' or '\n'))
                    {
                        if (text[position] == '"')
                        {
                            throw new FileRejectedException(source, line, "a quote inside an unquoted field: quote the whole field and double the quote");
                        }

                        field.Append(text[position++]);
                    }
                }

                fields.Add(field.ToString());
                if (position < text.Length && text[position] == ',')
                {
                    position++;
                    continue;
                }

                break;
            }

            // The record ends at a line break (CRLF or LF) or at the end of the text.
            if (position < text.Length && text[position] == '\r')
            {
                position++;
            }

            if (position < text.Length && text[position] == '\n')
            {
                position++;
            }

            line++;
            yield return (start, fields.ToArray());
        }
    }

    /// <summary>Reads a quoted field from just after its opening quote; returns where the text and line continue.</summary>
    private static (int Position, int Line) Quoted(string source, string text, int position, int line, StringBuilder field)
    {
        var quoteLine = line;
        while (true)
        {
            if (position >= text.Length)
            {
                throw new FileRejectedException(source, quoteLine, "a quoted field is not closed: expected a closing '\"'");
            }

            var c = text[position++];
            if (c == '"')
            {
                if (position < text.Length && text[position] == '"')
                {
                    field.Append('"');
                    position++;
                    continue;
                }

                break;
            }

            if (c == '\n')
            {
                line++;
            }

            field.Append(c);
        }

        if (position < text.Length && text[position] is not (',' or '\r' or '\n'))
        {
            throw new FileRejectedException(source, line, "expected a comma or the end of the line after a closing '\"'");
        }

        return (position, line);
    }
}
