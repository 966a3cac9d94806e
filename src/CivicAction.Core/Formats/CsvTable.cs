namespace CivicAction.Core.Formats;

/// <summary>One data row of a CSV file and the line it starts on, its fields read by column name.</summary>
public sealed class CsvRow
{
    private readonly CsvTable _table;
    private readonly string[] _fields;

    internal CsvRow(CsvTable table, int line, string[] fields)
    {
        _table = table;
        Line = line;
        _fields = fields;
    }

    public int Line { get; }

    public string Source => _table.Source;

    /// <summary>The field of a column the table required, trimmed; null when empty.</summary>
    public string? this[string column]
    {
        get
        {
            var value = _fields[_table.Index(column)].Trim();
            return value.Length == 0 ? null : value;
        }
    }

    /// <summary>The field of a column that may be missing from the header; null when absent or empty.</summary>
    public string? Optional(string column) => _table.Has(column) ? this[column] : null;

    public string Required(string column) =>
        this[column] ?? throw Fail($"'{column}' is empty; every row needs one");

    public FileRejectedException Fail(string message) => new(Source, Line, message);
}

/// <summary>
/// A CSV file with a header row naming its columns (see <see cref="CsvRecords"/> for the syntax). A file without a
/// column the reader requires is rejected at line 1, and a row with more or fewer fields than the header at its own
/// line; blank lines are skipped.
/// </summary>
public sealed class CsvTable
{
    private readonly Dictionary<string, int> _columns;

    private CsvTable(string source, IReadOnlyList<string> header, Dictionary<string, int> columns, List<CsvRow> rows)
    {
        Source = source;
        Header = header;
        _columns = columns;
        Rows = rows;
    }

    public string Source { get; }

    /// <summary>The column names in the order of the header, trimmed.</summary>
    public IReadOnlyList<string> Header { get; }

    public IReadOnlyList<CsvRow> Rows { get; }

    public bool Has(string column) => _columns.ContainsKey(column);

    internal int Index(string column) => _columns[column];

    /// <exception cref="FileRejectedException">The text is not CSV, or lacks a required column.</exception>
    public static CsvTable Parse(string source, string text, IReadOnlyCollection<string> requiredColumns)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(requiredColumns);
        using var records = CsvRecords.Read(source, text).GetEnumerator();
        if (!records.MoveNext())
        {
            throw new FileRejectedException(source, 1, $"expected a header row naming the columns {string.Join(", ", requiredColumns)}; the file is empty");
        }

        var header = records.Current.Fields.Select(f => f.Trim()).ToList();
        var columns = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < header.Count; i++)
        {
            if (header[i].Length > 0 && !columns.TryAdd(header[i], i))
            {
                throw new FileRejectedException(source, 1, $"the header names column '{header[i]}' twice");
            }
        }

        var missing = requiredColumns.Where(c => !columns.ContainsKey(c)).ToList();
        if (missing.Count > 0)
        {
            throw new FileRejectedException(source, 1,
                $"expected a header with the columns {string.Join(", ", requiredColumns)}; missing: {string.Join(", ", missing)}");
        }

        var rows = new List<CsvRow>();
        var table = new CsvTable(source, header, columns, rows);
        while (records.MoveNext())
        {
            var (line, fields) = records.Current;
            if (fields is [{ Length: 0 }])
            {
                continue; // a blank line, e.g. at the end
            }

            if (fields.Length != header.Count)
            {
                throw new FileRejectedException(source, line, $"expected {header.Count} fields as in the header, found {fields.Length}");
            }

            rows.Add(new CsvRow(table, line, fields));
        }

        return table;
    }
}
