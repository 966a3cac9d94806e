using CivicAction.Core.Letters.Foia;
using Microsoft.Extensions.Localization;

namespace CivicAction.Web.Features.Foia;

/// <summary>How each ground of appeal is named and explained to the requester, in the page's language.</summary>
public static class AppealTexts
{
    public static string Ground(AppealPoint point, IStringLocalizer text)
    {
        ArgumentNullException.ThrowIfNull(point);
        ArgumentNullException.ThrowIfNull(text);
        return point.Exemption is { } exemption
            ? text["Appeal.Ground.exemption", FoiaExemptions.Number(exemption), text["Exemption." + FoiaExemptions.Code(exemption)]].Value
            : text["Appeal.Ground." + point.Key].Value;
    }

    public static string Explain(AppealPoint point, IStringLocalizer text)
    {
        ArgumentNullException.ThrowIfNull(point);
        ArgumentNullException.ThrowIfNull(text);
        return text["Appeal.Explain." + (point.Exemption is null ? point.Key : "exemption")].Value;
    }
}
