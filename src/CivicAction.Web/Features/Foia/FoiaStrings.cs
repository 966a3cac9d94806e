namespace CivicAction.Web.Features.Foia;

/// <summary>
/// The texts of <c>Features/Foia</c> (the drafting page, the delivery plan, the preview), in <c>FoiaStrings.resx</c> and
/// <c>FoiaStrings.es.resx</c>. The letter itself stays in English: it is what the agency processes.
/// </summary>
public sealed class FoiaStrings;
