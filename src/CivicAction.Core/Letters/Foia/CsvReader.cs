using System.Text;

namespace CivicAction.Core.Letters.Foia;

/// <summary>
/// RFC 4180 CSV: comma-separated fields, double quotes around fields that hold commas, quotes or line breaks,
/// a doubled quote for a quote. Small on purpose: it reads one project data file, and no package is needed for that.
/// </summary>
internal static class CsvReader
{
    /// <summary>The records of <paramref name="text"/> with the line each starts on; blank lines are skipped.</summary>
    /// <exception cref="FormatException">A quoted field is not closed, or a quote appears inside an unquoted field.</exception>
    public static IEnumerable<(int Line, IReadOnlyList<string> Fields)> Read(string text)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var line = 1;
        var recordLine = 1;
        var i = 0;
        var fieldStarted = false; // set by a quoted field, so that "" on its own still counts as a record

        while (i < text.Length)
        {
            var c = text[i];
            if (c == '"' && field.Length == 0 && !fieldStarted)
            {
                var start = line;
                i++;
                while (true)
                {
                    if (i >= text.Length)
                    {
                        throw new FormatException($"line {start}: a quoted field is not closed");
                    }

                    if (text[i] == '"')
                    {
                        if (i + 1 < text.Length && text[i + 1] == '"')
                        {
                            field.Append('"');
                            i += 2;
                            continue;
                        }

                        i++;
                        break;
                    }

                    if (text[i] == '\n')
                    {
                        line++;
                    }

                    field.Append(text[i]);
                    i++;
                }

                fieldStarted = true;
                if (i < text.Length && text[i] is not (',' or '\r' or '\n'))
                {
                    throw new FormatException($"line {line}: expected a comma or the end of the line after a quoted field");
                }

                continue;
            }

            if (c == '"')
            {
                throw new FormatException($"line {line}: a quote inside an unquoted field; quote the whole field and double the quote");
            }

            if (c == ',')
            {
                fields.Add(field.ToString());
                field.Clear();
                fieldStarted = false;
                i++;
                continue;
            }

            if (c is '\r' or '\n')
            {
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                i++;
                if (fields.Count > 0 || field.Length > 0 || fieldStarted)
                {
                    fields.Add(field.ToString());
                    yield return (recordLine, fields);
                    fields = [];
                    field.Clear();
                }

                fieldStarted = false;
                line++;
                recordLine = line;
                continue;
            }

            field.Append(c);
            i++;
        }

        if (fields.Count > 0 || field.Length > 0 || fieldStarted)
        {
            fields.Add(field.ToString());
            yield return (recordLine, fields);
        }
    }
}
