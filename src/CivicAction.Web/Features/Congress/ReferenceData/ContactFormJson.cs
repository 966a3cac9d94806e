using System.Text.Json;
using System.Text.Json.Serialization;
using CivicAction.Core.Congress.ContactForms;

namespace CivicAction.Web.Features.Congress.ReferenceData;

/// <summary>
/// How a form's fields are kept in <c>contact_forms.fields</c>: JSON, variables by name ("nameFirst"), so a stored
/// row stays readable if the enum's order changes. One shape for the writer and the store.
/// </summary>
public static class ContactFormJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false) },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static string Write(IReadOnlyList<FormField> fields) => JsonSerializer.Serialize(fields, Options);

    /// <exception cref="JsonException">The text is not a list of fields.</exception>
    public static IReadOnlyList<FormField> Read(string json) =>
        JsonSerializer.Deserialize<List<FormField>>(json, Options) ?? throw new JsonException("expected a list of fields");
}
