using System.Globalization;
using System.Text.RegularExpressions;
using CivicAction.Core.Congress;
using CivicAction.Core.Formats;

namespace CivicAction.Web.Features.Congress.ReferenceData.Files;

/// <summary>
/// Reads the unitedstates/congress-legislators files (YAML or CSV) into checked records.
/// A value that would make lookups wrong (an unknown state, a House member without a
/// district, two members in one seat) rejects the whole file; a broken URL is repaired or
/// dropped and reported as a note, because one bad link must not block a data refresh.
/// </summary>
internal static partial class LegislatorsReader
{
    private static readonly string[] MemberColumns =
        ["bioguide_id", "first_name", "last_name", "full_name", "type", "state", "district", "party", "url", "address", "phone", "contact_form"];

    private static readonly string[] OfficeColumns =
        ["bioguide", "address", "suite", "building", "city", "state", "zip", "phone"];

    public static LegislatorData Read(LegislatorFiles files)
    {
        var notes = new List<FileError>();
        var members = LegislatorFiles.IsYaml(files.Members) ? MembersFromYaml(files.Members, notes) : MembersFromCsv(files.Members, notes);
        if (members.Count == 0)
        {
            throw new FileRejectedException(files.Members, 1, "expected a list of current legislators; found none");
        }

        CheckSeats(files.Members, members);

        var offices = files.Offices is null ? []
            : LegislatorFiles.IsYaml(files.Offices) ? OfficesFromYaml(files.Offices) : OfficesFromCsv(files.Offices);
        var known = members.Select(m => m.BioguideId).ToHashSet(StringComparer.Ordinal);
        if (offices.FirstOrDefault(o => !known.Contains(o.MemberId)) is { } stray)
        {
            throw new FileRejectedException(files.Offices!, stray.Line,
                $"offices of {stray.MemberId}, who is not in {Path.GetFileName(files.Members)}: expected both files from the same snapshot");
        }

        return new LegislatorData(members, offices, notes);
    }

    /// <summary>
    /// The raw text of one member's fields, the same whichever format they came from, and the line
    /// of each (a YAML value has its own line; a CSV row has one for all).
    /// </summary>
    private sealed record MemberFields(
        Func<string, int> LineOf,
        int Line, string BioguideId, string FirstName, string LastName, string? MiddleName, string? Nickname, string? Suffix,
        string? OfficialName, string Type, string State, string? District, string? Party, string? Phone, string? Address,
        string? Office, string? Url, string? ContactForm, string? TermEnd, string? SenateClass, string? StateRank);

    private static MemberRecord Member(string file, MemberFields f, List<FileError> notes)
    {
        FileRejectedException Fail(string message, string field) => new(file, f.LineOf(field), message);

        if (!BioguideId().IsMatch(f.BioguideId))
        {
            throw Fail($"expected a Bioguide ID such as C000127, found '{f.BioguideId}'", "bioguide");
        }

        if (f.Type is not ("rep" or "sen"))
        {
            throw Fail($"{f.BioguideId}: expected the current term's type 'rep' or 'sen', found '{f.Type}'", "type");
        }

        if (!UsStates.TryFind(f.State, out var state) || state.Code != f.State)
        {
            throw Fail($"{f.BioguideId}: expected a two-letter state code such as WA, DC or GU, found '{f.State}'", "state");
        }

        int? district = null;
        if (f.Type == "rep")
        {
            if (f.District is null || !int.TryParse(f.District, NumberStyles.None, CultureInfo.InvariantCulture, out var number) || number > DistrictNumber.Highest)
            {
                throw Fail($"{f.BioguideId}: expected a House district number (0 for at-large), found '{f.District}'", "district");
            }

            district = number;
        }
        else if (f.District is not null)
        {
            throw Fail($"{f.BioguideId}: a senator has no district, found '{f.District}'", "district");
        }
        else if (!state.HasSenators)
        {
            throw Fail($"{f.BioguideId}: {state.Name} has no senators", "state");
        }

        int? senateClass = null;
        if (f.SenateClass is not null)
        {
            senateClass = f.SenateClass is "1" or "2" or "3" && f.Type == "sen"
                ? f.SenateClass[0] - '0'
                : throw Fail($"{f.BioguideId}: expected Senate class 1, 2 or 3 for a senator only, found '{f.SenateClass}'", "class");
        }

        if (f.StateRank is not (null or "senior" or "junior"))
        {
            throw Fail($"{f.BioguideId}: expected state rank 'senior' or 'junior', found '{f.StateRank}'", "state_rank");
        }

        DateOnly? termEnd = null;
        if (f.TermEnd is not null)
        {
            termEnd = DateOnly.TryParseExact(f.TermEnd, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var end)
                ? end
                : throw Fail($"{f.BioguideId}: expected the term end as a date such as 2027-01-03, found '{f.TermEnd}'", "end");
        }

        if (f.Party is null)
        {
            throw Fail($"{f.BioguideId}: expected a party for the current term", "party");
        }

        var officialName = f.OfficialName;
        if (officialName is null)
        {
            // New members can lack it for days (Rep. Gallagher, sworn in 2026-06-10); pages still need a name.
            officialName = $"{f.FirstName} {f.LastName}";
            notes.Add(new FileError(file, f.Line, $"note: {f.BioguideId} has no official full name; using '{officialName}'"));
        }

        string? Url(string? raw, string field)
        {
            var cleaned = WebUrl.Clean(raw);
            if (cleaned.Note is not null)
            {
                notes.Add(new FileError(file, f.LineOf(field), $"note: {f.BioguideId} {field}: {cleaned.Note}"));
            }

            return cleaned.Url;
        }

        return new MemberRecord(
            f.Line, f.BioguideId, f.FirstName, f.LastName, f.MiddleName, f.Nickname, f.Suffix, officialName,
            f.Type, state.Code, district, f.Party, f.Phone, f.Address, f.Office,
            Url(f.Url, "url"), Url(f.ContactForm, "contact_form"), termEnd, senateClass, f.StateRank);
    }

    /// <summary>One member per Bioguide ID, per House seat, and at most two senators per state.</summary>
    private static void CheckSeats(string file, List<MemberRecord> members)
    {
        var ids = new Dictionary<string, MemberRecord>(StringComparer.Ordinal);
        var seats = new Dictionary<(string, int), MemberRecord>();
        var senators = new Dictionary<string, List<MemberRecord>>(StringComparer.Ordinal);
        foreach (var member in members)
        {
            if (!ids.TryAdd(member.BioguideId, member))
            {
                throw new FileRejectedException(file, member.Line, $"{member.BioguideId} is listed twice (first at line {ids[member.BioguideId].Line})");
            }

            if (member.District is { } district && !seats.TryAdd((member.State, district), member))
            {
                var first = seats[(member.State, district)];
                throw new FileRejectedException(file, member.Line,
                    $"{member.BioguideId} and {first.BioguideId} (line {first.Line}) both hold {DistrictNumber.Label(member.State, district)}: expected one member per seat");
            }

            if (member.Chamber == "sen")
            {
                var list = senators.TryGetValue(member.State, out var l) ? l : senators[member.State] = [];
                list.Add(member);
                if (list.Count > 2)
                {
                    throw new FileRejectedException(file, member.Line,
                        $"a third senator for {member.State} ({string.Join(", ", list.Select(s => s.BioguideId))}): expected two per state");
                }
            }
        }
    }

    private static OfficeRecord Office(
        string file, int line, string memberId, int position,
        string? address, string? suite, string? building, string? city, string? state, string? zip, string? phone)
    {
        if (!BioguideId().IsMatch(memberId))
        {
            throw new FileRejectedException(file, line, $"expected a Bioguide ID such as C000127, found '{memberId}'");
        }

        if (city is null)
        {
            throw new FileRejectedException(file, line, $"an office of {memberId} without a city: expected at least a city and a state");
        }

        if (!UsStates.TryFind(state, out var found) || found.Code != state)
        {
            throw new FileRejectedException(file, line, $"an office of {memberId}: expected a two-letter state code, found '{state}'");
        }

        return new OfficeRecord(line, memberId, position, address, suite, building, city, found.Code, zip, phone);
    }

    [GeneratedRegex("^[A-Z][0-9]{6}$", RegexOptions.CultureInvariant)]
    private static partial Regex BioguideId();
}
