using System.Text.RegularExpressions;
using CivicAction.Core.Letters;

namespace CivicAction.Web.Features.Shared;

/// <summary>
/// One labelled text input with its hint and error, wired for screen readers: the input names
/// both in aria-describedby and is aria-invalid while it has an error.
/// </summary>
public sealed record FieldView(
    string Name, string Label, string? Value, IReadOnlyList<FieldCheck> Checks,
    string? Autocomplete = null, string? Hint = null, string Type = "text", int MaxLength = 200, string? InputMode = null)
{
    public string Id => FieldIds.For(Name);

    public bool HasError => Checks.Count > 0;

    public FieldMessagesView Messages => new(Id, Checks);

    public string? DescribedBy
    {
        get
        {
            var ids = new[] { Hint is null ? null : Id + "-hint", HasError ? FieldMessagesView.MessageId(Id, 0) : null }.OfType<string>().ToList();
            return ids.Count == 0 ? null : string.Join(' ', ids);
        }
    }
}

/// <summary>Element ids of form fields, so the error summary can link to each field.</summary>
public static partial class FieldIds
{
    public static string For(string name) => "f-" + NotWord().Replace(name, "-").Trim('-');

    [GeneratedRegex("[^A-Za-z0-9]+", RegexOptions.CultureInvariant)]
    private static partial Regex NotWord();
}
