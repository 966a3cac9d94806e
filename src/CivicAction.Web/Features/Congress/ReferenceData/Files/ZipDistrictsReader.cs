using System.Globalization;
using CivicAction.Core.Congress;
using CivicAction.Core.Formats;
using System.Text;

namespace CivicAction.Web.Features.Congress.ReferenceData.Files;

/// <summary>One (ZCTA, state, district) pair: a ZIP in several districts or states has several.</summary>
internal sealed record ZipDistrictRecord(string Zcta, string State, int District);

/// <summary>
/// Reads <c>zccd.csv</c> (columns <c>state_fips, state_abbr, zcta, cd</c>). The ZCTA stays text so
/// leading zeros survive ("00601"); <c>cd</c> 0 is an at-large seat. When <c>state_fips</c> is
/// there it must agree with <c>state_abbr</c>, which catches a file whose columns were shifted.
/// </summary>
internal static class ZipDistrictsReader
{
    public const string FileName = "zccd.csv";

    private static readonly string[] Columns = ["state_abbr", "zcta", "cd"];

    /// <summary>The file a path stands for: the file itself, or <c>zccd.csv</c> in a folder.</summary>
    public static string? Find(string path, out string? error)
    {
        error = null;
        if (Directory.Exists(path))
        {
            var file = Path.Combine(path, FileName);
            if (File.Exists(file))
            {
                return file;
            }

            error = $"no {FileName} in {path}";
            return null;
        }

        if (File.Exists(path))
        {
            return path;
        }

        error = $"no such file or folder: {path}";
        return null;
    }

    public static IReadOnlyList<ZipDistrictRecord> Read(string path)
    {
        var table = CsvTable.Parse(path, File.ReadAllText(path, Encoding.UTF8), Columns);
        var rows = new List<ZipDistrictRecord>(table.Rows.Count);
        var seen = new Dictionary<ZipDistrictRecord, int>();
        foreach (var row in table.Rows)
        {
            var code = row.Required("state_abbr");
            if (!UsStates.TryFind(code, out var state) || state.Code != code)
            {
                throw row.Fail($"expected a two-letter state code in state_abbr, such as WA, found '{code}'");
            }

            if (row.Optional("state_fips") is { } fips && fips != state.Fips)
            {
                throw row.Fail($"state_fips '{fips}' does not match state_abbr {code} (expected {state.Fips})");
            }

            var zcta = row.Required("zcta");
            if (zcta.Length != 5 || !zcta.All(char.IsAsciiDigit))
            {
                throw row.Fail($"expected a 5-digit ZIP (ZCTA) such as 05401, found '{zcta}'");
            }

            var cd = row.Required("cd");
            if (!int.TryParse(cd, NumberStyles.None, CultureInfo.InvariantCulture, out var district) || district > DistrictNumber.Highest)
            {
                throw row.Fail($"expected a district number in cd (0 for at-large), found '{cd}'");
            }

            var record = new ZipDistrictRecord(zcta, code, district);
            if (!seen.TryAdd(record, row.Line))
            {
                throw row.Fail($"{zcta} in {DistrictNumber.Label(code, district)} is listed twice (first at line {seen[record]})");
            }

            rows.Add(record);
        }

        if (rows.Count == 0)
        {
            throw new FileRejectedException(path, 2, "expected rows of ZIP, state and district under the header; found none");
        }

        return rows;
    }
}
