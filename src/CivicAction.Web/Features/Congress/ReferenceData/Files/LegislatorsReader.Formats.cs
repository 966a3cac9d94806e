using CivicAction.Core.Formats;
using System.Text;
using YamlDotNet.RepresentationModel;

namespace CivicAction.Web.Features.Congress.ReferenceData.Files;

/// <summary>The two formats of the congress-legislators files, YAML and CSV, read into the same raw fields.</summary>
internal static partial class LegislatorsReader
{
    private static List<MemberRecord> MembersFromYaml(string path, List<FileError> notes)
    {
        var (yaml, root) = YamlFile.LoadSequence(path);
        var members = new List<MemberRecord>(root.Children.Count);
        foreach (var entry in root.Children)
        {
            var member = yaml.Mapping(entry, "a legislator");
            var id = yaml.RequiredMapping(member, "id");
            var name = yaml.RequiredMapping(member, "name");
            if (YamlFile.Child(member, "terms") is not YamlSequenceNode { Children.Count: > 0 } terms)
            {
                throw yaml.Fail(member, "expected 'terms:' with at least one term (the last one is the current term)");
            }

            var term = yaml.Mapping(terms.Children[^1], "the current term");
            int LineOf(string key) =>
                (key == "bioguide" ? YamlFile.Child(id, key) : YamlFile.Child(term, key)) is { } node ? yaml.Line(node) : yaml.Line(term);
            var fields = new MemberFields(
                LineOf: LineOf,
                Line: yaml.Line(entry),
                BioguideId: yaml.RequiredText(id, "bioguide"),
                FirstName: yaml.RequiredText(name, "first"),
                LastName: yaml.RequiredText(name, "last"),
                MiddleName: yaml.Text(name, "middle"),
                Nickname: yaml.Text(name, "nickname"),
                Suffix: yaml.Text(name, "suffix"),
                OfficialName: yaml.Text(name, "official_full"),
                Type: yaml.RequiredText(term, "type"),
                State: yaml.RequiredText(term, "state"),
                District: yaml.Text(term, "district"),
                Party: yaml.Text(term, "party"),
                Phone: yaml.Text(term, "phone"),
                Address: yaml.Text(term, "address"),
                Office: yaml.Text(term, "office"),
                Url: yaml.Text(term, "url"),
                ContactForm: yaml.Text(term, "contact_form"),
                TermEnd: yaml.Text(term, "end"),
                SenateClass: yaml.Text(term, "class"),
                StateRank: yaml.Text(term, "state_rank"));
            members.Add(Member(path, fields, notes));
        }

        return members;
    }

    private static List<MemberRecord> MembersFromCsv(string path, List<FileError> notes)
    {
        var table = CsvTable.Parse(path, File.ReadAllText(path, Encoding.UTF8), MemberColumns);
        var members = new List<MemberRecord>(table.Rows.Count);
        foreach (var row in table.Rows)
        {
            // The CSV flattens the current term but leaves out its end, the state rank and the office room.
            var fields = new MemberFields(
                LineOf: _ => row.Line,
                Line: row.Line,
                BioguideId: row.Required("bioguide_id"),
                FirstName: row.Required("first_name"),
                LastName: row.Required("last_name"),
                MiddleName: row.Optional("middle_name"),
                Nickname: row.Optional("nickname"),
                Suffix: row.Optional("suffix"),
                OfficialName: row["full_name"],
                Type: row.Required("type"),
                State: row.Required("state"),
                District: row["district"],
                Party: row["party"],
                Phone: row["phone"],
                Address: row["address"],
                Office: null,
                Url: row["url"],
                ContactForm: row["contact_form"],
                TermEnd: null,
                SenateClass: row.Optional("senate_class"),
                StateRank: null);
            members.Add(Member(path, fields, notes));
        }

        return members;
    }

    private static List<OfficeRecord> OfficesFromYaml(string path)
    {
        var (yaml, root) = YamlFile.LoadSequence(path);
        var offices = new List<OfficeRecord>();
        foreach (var entry in root.Children)
        {
            var member = yaml.Mapping(entry, "a member's offices");
            var memberId = yaml.RequiredText(yaml.RequiredMapping(member, "id"), "bioguide");
            var list = YamlFile.Child(member, "offices");
            if (list is null || list is YamlScalarNode { Value: null or "" })
            {
                continue;
            }

            if (list is not YamlSequenceNode sequence)
            {
                throw yaml.Fail(list, "expected 'offices:' to be a list");
            }

            var position = 0;
            foreach (var item in sequence.Children)
            {
                var office = yaml.Mapping(item, "an office");
                offices.Add(Office(path, yaml.Line(item), memberId, ++position,
                    yaml.Text(office, "address"), yaml.Text(office, "suite"), yaml.Text(office, "building"),
                    yaml.Text(office, "city"), yaml.Text(office, "state"), yaml.Text(office, "zip"), yaml.Text(office, "phone")));
            }
        }

        return offices;
    }

    private static List<OfficeRecord> OfficesFromCsv(string path)
    {
        var table = CsvTable.Parse(path, File.ReadAllText(path, Encoding.UTF8), OfficeColumns);
        var offices = new List<OfficeRecord>(table.Rows.Count);
        var positions = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var row in table.Rows)
        {
            var memberId = row.Required("bioguide");
            var position = positions[memberId] = positions.GetValueOrDefault(memberId) + 1;
            offices.Add(Office(path, row.Line, memberId, position,
                row["address"], row["suite"], row["building"], row["city"], row["state"], row["zip"], row["phone"]));
        }

        return offices;
    }
}
