using System.Text;

namespace CivicAction.Web.Features.Congress.ReferenceData.Files;

/// <summary>One data row of a CSV file and the line it starts on, its fields read by column name.</summary>
internal sealed class CsvRow(CsvTable table, int line, string[] fields)
{
    public int Line { get; } = line;

    public string File => table.File;

    /// <summary>The field of a column the table required, trimmed; null when empty.</summary>
    public string? this[string column]
    {
        get
        {
            var value = fields[table.Index(column)].Trim();
            return value.Length == 0 ? null : value;
        }
    }

    /// <summary>The field of a column that may be missing from the header; null when absent or empty.</summary>
    public string? Optional(string column) => table.Has(column) ? this[column] : null;

    public string Required(string column) =>
        this[column] ?? throw Fail($"'{column}' is empty; every row needs one");

    public DataFileException Fail(string message) => new(File, Line, message);
}

/// <summary>
/// A CSV file read by hand per RFC 4180: comma separated, fields optionally in double quotes,
/// "" for a quote inside quotes, commas and line breaks allowed inside quotes, CRLF or LF.
/// A header row names the columns; a file without a column the reader requires is rejected
/// at line 1, and a row with more or fewer fields than the header at its own line.
/// </summary>
internal sealed class CsvTable
{
    private readonly Dictionary<string, int> _columns;

    private CsvTable(string file, Dictionary<string, int> columns, List<CsvRow> rows)
    {
        File = file;
        _columns = columns;
        Rows = rows;
    }

    public string File { get; }

    public IReadOnlyList<CsvRow> Rows { get; }

    public bool Has(string column) => _columns.ContainsKey(column);

    public int Index(string column) => _columns[column];

    public static CsvTable Read(string path, IReadOnlyCollection<string> requiredColumns) =>
        Parse(path, System.IO.File.ReadAllText(path, Encoding.UTF8), requiredColumns);

    public static CsvTable Parse(string file, string text, IReadOnlyCollection<string> requiredColumns)
    {
        var records = Records(file, text).GetEnumerator();
        if (!records.MoveNext())
        {
            throw new DataFileException(file, 1, $"expected a header row naming the columns {string.Join(", ", requiredColumns)}; the file is empty");
        }

        var (_, header) = records.Current;
        var columns = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < header.Length; i++)
        {
            var name = header[i].Trim();
            if (name.Length > 0 && !columns.TryAdd(name, i))
            {
                throw new DataFileException(file, 1, $"the header names column '{name}' twice");
            }
        }

        var missing = requiredColumns.Where(c => !columns.ContainsKey(c)).ToList();
        if (missing.Count > 0)
        {
            throw new DataFileException(file, 1,
                $"expected a header with the columns {string.Join(", ", requiredColumns)}; missing: {string.Join(", ", missing)}");
        }

        var rows = new List<CsvRow>();
        var table = new CsvTable(file, columns, rows);
        while (records.MoveNext())
        {
            var (line, fields) = records.Current;
            if (fields.Length == 1 && fields[0].Length == 0)
            {
                continue; // a blank line, e.g. at the end
            }

            if (fields.Length != header.Length)
            {
                throw new DataFileException(file, line, $"expected {header.Length} fields as in the header, found {fields.Length}");
            }

            rows.Add(new CsvRow(table, line, fields));
        }

        return table;
    }

    /// <summary>Each record with the line it starts on (1-based).</summary>
    private static IEnumerable<(int Line, string[] Fields)> Records(string file, string text)
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
                    var quoteLine = line;
                    position++;
                    while (true)
                    {
                        if (position >= text.Length)
                        {
                            throw new DataFileException(file, quoteLine, "a quoted field is not closed: expected a closing '\"'");
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
                        throw new DataFileException(file, line, "expected a comma or the end of the line after a closing '\"'");
                    }
                }
                else
                {
                    while (position < text.Length && text[position] is not (',' or '\r' or '\n'))
                    {
                        if (text[position] == '"')
                        {
                            throw new DataFileException(file, line, "a '\"' inside a field that is not quoted: quote the whole field and double the '\"'");
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
}
