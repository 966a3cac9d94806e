using CivicAction.Core.Formats;

namespace CivicAction.Core.Letters.Foia;

/// <summary>The texts of a request, which of them stay on one line, and the bound of each.</summary>
public static partial class FoiaChecks
{
    /// <summary>
    /// The most characters each text may have. Generous for what it holds (the longest real request description is a
    /// few thousand characters), and small enough that no field can carry a stranger's essay: the name goes into the
    /// confirmation e-mail and every header; the others into the letter only.
    /// </summary>
    public static IReadOnlyDictionary<string, int> MaxLengths { get; } = new Dictionary<string, int>(StringComparer.Ordinal)
    {
        [nameof(FoiaRequest.FullName)] = 100,
        [nameof(FoiaRequest.Email)] = EmailAddress.MaxLength,
        [nameof(FoiaRequest.Phone)] = 40,
        [nameof(FoiaRequest.Organization)] = 200,
        [nameof(FoiaRequest.AgencyName)] = 200,
        [nameof(FoiaRequest.Subject)] = 200,
        [nameof(FoiaRequest.PostalAddress)] = 500,
        [nameof(FoiaRequest.RecordsDescription)] = 10_000,
        [nameof(FoiaRequest.Context)] = 20_000,
        [nameof(FoiaRequest.Questions)] = 10_000,
        [nameof(FoiaRequest.FeeWaiverJustification)] = 10_000,
        [nameof(FoiaRequest.ExpeditedJustification)] = 10_000,
        [nameof(FoiaRequest.PlaceOfBirth)] = 100,
    };

    /// <summary>The fields that may end up in mail headers, so must stay on one line.</summary>
    private static readonly HashSet<string> SingleLineFields = new(StringComparer.Ordinal)
    {
        nameof(FoiaRequest.FullName), nameof(FoiaRequest.Email), nameof(FoiaRequest.Phone),
        nameof(FoiaRequest.Organization), nameof(FoiaRequest.AgencyName), nameof(FoiaRequest.Subject),
        nameof(FoiaRequest.PlaceOfBirth),
    };

    /// <summary>Every text of a request, field by field, in the order the form shows them (the order of the findings).</summary>
    private static List<(string Field, string? Value)> Texts(FoiaRequest request) =>
    [
        (nameof(FoiaRequest.FullName), request.FullName),
        (nameof(FoiaRequest.Email), request.Email),
        (nameof(FoiaRequest.Phone), request.Phone),
        (nameof(FoiaRequest.Organization), request.Organization),
        (nameof(FoiaRequest.AgencyName), request.AgencyName),
        (nameof(FoiaRequest.Subject), request.Subject),
        (nameof(FoiaRequest.PostalAddress), request.PostalAddress),
        (nameof(FoiaRequest.RecordsDescription), request.RecordsDescription),
        (nameof(FoiaRequest.Context), request.Context),
        (nameof(FoiaRequest.Questions), string.Join("\n", request.Questions ?? [])),
        (nameof(FoiaRequest.FeeWaiverJustification), request.FeeWaiverJustification),
        (nameof(FoiaRequest.ExpeditedJustification), request.ExpeditedJustification),
        (nameof(FoiaRequest.PlaceOfBirth), request.PlaceOfBirth),
    ];

    private static void CheckLengths(IEnumerable<(string Field, string? Value)> texts, Action<string, string, string, object[]> block)
    {
        foreach (var (field, value) in texts)
        {
            var max = MaxLengths[field];
            if (value is not null && value.Trim().Length > max)
            {
                block(field, FoiaCheckCodes.TooLong,
                    $"Shorten this to at most {max:N0} characters (it has {value.Trim().Length:N0}).", [max, value.Trim().Length]);
            }
        }
    }
}
