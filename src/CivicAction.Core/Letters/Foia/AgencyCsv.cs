using System.Globalization;
using CivicAction.Core.Deadlines;
using CivicAction.Core.Formats;

namespace CivicAction.Core.Letters.Foia;

/// <summary>
/// Reads agencies.csv: one row per agency or component, checked as it is read, each message naming its FILE:LINE.
/// </summary>
/// <remarks>
/// List fields (channels, aliases, address lines, grounds) separate their items with "|". A *_checked field holds the
/// day the facts were checked (yyyy-MM-dd) or the word "unverified". A component names its parent's key in
/// <c>parent</c>; the parent's row must come first, and whatever the component leaves empty it takes from the parent:
/// the channels with their source and the channels it refuses, the notes, the appeal office, the expedited grounds.
/// <c>refused_channels</c> lists only channels the source says the agency no longer accepts (DHS: email, mail), which
/// is stronger than a channel merely missing from <c>channels</c> because it was not verified.
/// </remarks>
internal static class AgencyCsv
{
    internal const string FileName = "agencies.csv";

    internal static readonly string[] Columns =
    [
        "key", "parent", "name", "aliases", "foia_office", "channels", "portal_url", "email", "mailing_address", "notes", "source", "checked",
        "refused_channels", "appeal_by", "appeal_office", "appeal_channels", "appeal_url", "appeal_email", "appeal_address", "appeal_window", "appeal_notes",
        "appeal_source", "appeal_checked", "expedited_grounds", "expedited_source", "expedited_checked",
    ];

    /// <summary>Whether a parent's appeal office serves each component under its own name (DHS) or the department's (DOJ's OIP).</summary>
    private enum AppealScope
    {
        Agency,
        Component,
    }

    internal static List<Agency> Parse(string csv)
    {
        CsvTable table;
        try
        {
            table = CsvTable.Parse(FileName, csv, Columns);
        }
        catch (FileRejectedException e)
        {
            throw new InvalidDataException(e.Error.ToString(), e);
        }

        if (!table.Header.SequenceEqual(Columns))
        {
            throw new InvalidDataException($"{FileName}:1: expected the header '{string.Join(",", Columns)}'");
        }

        var agencies = new List<Agency>();
        var scopes = new Dictionary<string, AppealScope>(StringComparer.OrdinalIgnoreCase);
        foreach (var row in table.Rows)
        {
            var agency = new RowReader(row, agencies, scopes).Read();
            agencies.Add(agency);
        }

        return agencies;
    }

    private sealed class RowReader(CsvRow row, List<Agency> earlier, Dictionary<string, AppealScope> scopes)
    {
        private InvalidDataException Bad(string what) => new($"{FileName}:{row.Line}: {what}");

        private string Field(string column) => row[column] ?? "";

        private string? Optional(string column) => row[column];

        private List<string> List(string column) =>
            [.. Field(column).Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)];

        public Agency Read()
        {
            var key = Field("key");
            if (key.Length == 0 || !key.All(char.IsAsciiLetterOrDigit))
            {
                throw Bad("the key must be letters and digits, such as 'DHS'");
            }

            if (earlier.Exists(a => string.Equals(a.Key, key, StringComparison.OrdinalIgnoreCase)))
            {
                throw Bad($"the key '{key}' is used twice");
            }

            Agency? parent = null;
            if (Optional("parent") is { } parentKey)
            {
                parent = earlier.Find(a => string.Equals(a.Key, parentKey, StringComparison.OrdinalIgnoreCase))
                    ?? throw Bad($"the parent '{parentKey}' is not a key of an earlier row (a parent's row must come first)");
            }

            var name = Field("name");
            if (name.Length == 0)
            {
                throw Bad("the name is empty");
            }

            var aliases = List("aliases");
            if (aliases.Count == 0)
            {
                throw Bad("no aliases: list at least the acronym or the name texts use");
            }

            var channels = Channels("channels", required: parent is null);
            var portal = Optional("portal_url");
            var email = Optional("email");
            var address = List("mailing_address");
            var refused = Channels("refused_channels", required: false);
            FactSource source;
            if (channels.Count == 0)
            {
                if (portal is not null || email is not null || address.Count > 0 || refused.Count > 0 || Optional("source") is not null)
                {
                    throw Bad("a portal_url, email, mailing_address, refused_channels or source without channels: list the channels, or leave all of them to the parent");
                }

                (channels, portal, email, address, refused, source) =
                    ([.. parent!.Channels], parent.PortalUrl, parent.Email, [.. parent.MailingAddress], [.. parent.RefusedChannels], parent.Source);
            }
            else
            {
                CheckDestinations(channels, portal, email, address, "");
                if (refused.Exists(channels.Contains))
                {
                    throw Bad("a channel is both in channels and in refused_channels");
                }

                source = Source("source", "checked");
            }

            var notes = Optional("notes") ?? parent?.Notes ?? "";
            var appeal = Appeal(name) ?? Inherited(parent, name);
            var grounds = List("expedited_grounds");
            var expeditedSource = grounds.Count > 0 ? Source("expedited_source", "expedited_checked") : null;
            if (grounds.Count == 0)
            {
                if (Optional("expedited_source") is not null || Optional("expedited_checked") is not null)
                {
                    throw Bad("an expedited_source or expedited_checked without expedited_grounds");
                }

                grounds = parent is null ? [] : [.. parent.ExpeditedGrounds];
                expeditedSource = parent?.ExpeditedSource;
            }

            return new Agency(key, parent?.Key, name, Field("foia_office"), channels, portal, email, address, aliases, notes, source,
                appeal, grounds, expeditedSource) { RefusedChannels = refused };
        }

        private AppealOffice? Appeal(string name)
        {
            string[] appealColumns = ["appeal_by", "appeal_channels", "appeal_url", "appeal_email", "appeal_address", "appeal_window", "appeal_notes", "appeal_source", "appeal_checked"];
            if (Optional("appeal_office") is not { } office)
            {
                if (appealColumns.FirstOrDefault(c => Optional(c) is not null) is { } stray)
                {
                    throw Bad($"{stray} without an appeal_office: name the office, or leave every appeal column empty");
                }

                return null;
            }

            var scope = Field("appeal_by").ToUpperInvariant() switch
            {
                "AGENCY" => AppealScope.Agency,
                "COMPONENT" => AppealScope.Component,
                _ => throw Bad("appeal_by must be 'agency' (this office decides its components' appeals too) or 'component' (each component's own office)"),
            };
            scopes[Field("key")] = scope;

            var channels = Channels("appeal_channels", required: false);
            var portal = Optional("appeal_url");
            var email = Optional("appeal_email");
            var address = List("appeal_address");
            CheckDestinations(channels, portal, email, address, "appeal_");
            return new AppealOffice(office, name, channels, portal, email, address, Window(), Field("appeal_notes"),
                Source("appeal_source", "appeal_checked"));
        }

        private AppealOffice? Inherited(Agency? parent, string name)
        {
            if (parent?.Appeal is not { } appeal)
            {
                return null;
            }

            // DHS's Appeals Officers sit in each component; DOJ's OIP decides for the whole department under its own name.
            var root = parent;
            while (!scopes.ContainsKey(root.Key) && root.ParentKey is { } up)
            {
                root = earlier.Find(a => a.Key == up)!;
            }

            return scopes.GetValueOrDefault(root.Key) == AppealScope.Component ? appeal with { AgencyName = name } : appeal;
        }

        private AppealRule Window()
        {
            var parts = Field("appeal_window").Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length == 3 && parts[2] == "days" && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var days) && days > 0)
            {
                switch (parts[1])
                {
                    case "calendar":
                        return AppealRule.CalendarDays(days);
                    case "working":
                        return AppealRule.WorkingDays(days);
                }
            }

            throw Bad("appeal_window must read like '90 calendar days' or '90 working days'");
        }

        private List<DeliveryChannel> Channels(string column, bool required)
        {
            var channels = new List<DeliveryChannel>();
            foreach (var item in List(column))
            {
                var channel = item.ToUpperInvariant() switch
                {
                    "PORTAL" => DeliveryChannel.Portal,
                    "EMAIL" => DeliveryChannel.Email,
                    "MAIL" => DeliveryChannel.Mail,
                    _ => throw Bad($"unknown channel '{item}' in {column}: expected portal, email or mail"),
                };
                if (channels.Contains(channel))
                {
                    throw Bad($"the channel '{item}' is listed twice in {column}");
                }

                channels.Add(channel);
            }

            if (required && channels.Count == 0)
            {
                throw Bad("no channel: list at least one of portal, email, mail (only a component may leave them to its parent)");
            }

            return channels;
        }

        // Each destination must go with the channel it serves, and only with it: an address that answers questions
        // but does not take requests (foia@hq.dhs.gov) belongs in the notes or the aliases, never where the app would send to.
        private void CheckDestinations(List<DeliveryChannel> channels, string? portal, string? email, List<string> address, string prefix)
        {
            var urlColumn = prefix.Length == 0 ? "portal_url" : "appeal_url";
            var emailColumn = prefix + "email";
            var addressColumn = prefix.Length == 0 ? "mailing_address" : "appeal_address";
            if (channels.Contains(DeliveryChannel.Portal) != (portal is not null))
            {
                throw Bad($"a {urlColumn} is required with the portal channel, and only with it");
            }

            if (portal is not null && !portal.StartsWith("https://", StringComparison.Ordinal))
            {
                throw Bad($"the {urlColumn} must start with https://");
            }

            if (channels.Contains(DeliveryChannel.Email) != (email is not null))
            {
                throw Bad($"an {emailColumn} is required with the email channel, and only with it");
            }

            if (email is not null && !EmailAddress.IsValid(email))
            {
                throw Bad($"'{email}' is not an e-mail address");
            }

            if (channels.Contains(DeliveryChannel.Mail) != (address.Count > 0))
            {
                throw Bad($"a {addressColumn} is required with the mail channel, and only with it");
            }
        }

        private FactSource Source(string column, string checkedColumn)
        {
            var citation = Field(column);
            if (citation.Length == 0)
            {
                throw Bad($"the {column} is empty: every fact must cite where it comes from");
            }

            var value = Field(checkedColumn);
            if (value == "unverified")
            {
                return new FactSource(citation, null);
            }

            if (!DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            {
                throw Bad($"{checkedColumn} must be the date the facts were checked, as yyyy-MM-dd, or 'unverified'");
            }

            return new FactSource(citation, day);
        }
    }
}
