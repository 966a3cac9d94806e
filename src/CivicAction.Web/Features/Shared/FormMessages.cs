using CivicAction.Core.Letters;

namespace CivicAction.Web.Features.Shared;

/// <summary>
/// The summary at the top of a form that could not be used: every blocking finding, each a link to its field.
/// One display for every drafting flow (FOIA requests, letters to Congress, the lookup of members).
/// </summary>
public sealed record ErrorSummaryView(string Title, IReadOnlyList<FieldCheck> Checks, Func<string, string> InputId);

/// <summary>The findings about one field, shown next to it; the first is named <c>{input}-error</c> for aria-describedby.</summary>
public sealed record FieldMessagesView(string InputId, IReadOnlyList<FieldCheck> Checks)
{
    public static string MessageId(string inputId, int index) => index == 0 ? $"{inputId}-error" : $"{inputId}-error-{index + 1}";

    public bool HasError => Checks.Any(c => c.Severity == Severity.Blocking);
}
