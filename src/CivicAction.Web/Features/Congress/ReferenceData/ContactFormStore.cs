using CivicAction.Core.Congress.ContactForms;
using CivicAction.Web.Platform.Database;
using Dapper;

namespace CivicAction.Web.Features.Congress.ReferenceData;

/// <summary>Reads the stored contact-form descriptions (<c>contact_forms</c>), by member.</summary>
public sealed class ContactFormStore(IDatabase database)
{
    /// <summary>The description of each member's form that has one.</summary>
    public IReadOnlyDictionary<string, ContactForm> Find(IEnumerable<string> bioguideIds)
    {
        ArgumentNullException.ThrowIfNull(bioguideIds);
        var ids = bioguideIds.Distinct(StringComparer.Ordinal).ToArray();
        if (ids.Length == 0)
        {
            return new Dictionary<string, ContactForm>();
        }

        using var connection = database.Open();
        var rows = connection.Query<Row>($"""
            SELECT bioguide_id, form_url, fields, needs_person, other_questions, last_changed
            FROM contact_forms WHERE bioguide_id {database.AnyOf("@ids")}
            """, new { ids });
        return rows.ToDictionary(
            r => r.BioguideId,
            r => new ContactForm(r.BioguideId, r.FormUrl, ContactFormJson.Read(r.Fields), r.NeedsPerson, (int)r.OtherQuestions, r.LastChanged),
            StringComparer.Ordinal);
    }

    private sealed class Row
    {
        public string BioguideId { get; set; } = "";
        public string FormUrl { get; set; } = "";
        public string Fields { get; set; } = "[]";
        public bool NeedsPerson { get; set; }
        public long OtherQuestions { get; set; }
        public DateOnly? LastChanged { get; set; }
    }
}
