using System.Text.RegularExpressions;

namespace CivicAction.Core.Letters.Foia;

/// <summary>The checks of the legal choices that shape fees and speed: the fee waiver and expedited processing.</summary>
public static partial class FoiaChecks
{
    private static void CheckFeeWaiver(FoiaRequest request, Agency? agency, Action<string, string, string> block, Action<string, string, string> warn)
    {
        const string Field = nameof(FoiaRequest.FeeWaiverJustification);
        var why = request.FeeWaiverJustification ?? "";
        if (IsBlank(why))
        {
            block(Field, FoiaCheckCodes.Required,
                "Explain why the waiver is in the public interest: how the records will help the public understand what "
                + "the government does, how you will share them, and that you do not seek them for commercial gain.");
            return;
        }

        // Aliases without a dot or an @ are names ("ICE", "Homeland Security"); domains and addresses are not.
        IEnumerable<string?> names = [agency?.Key, agency?.Name, request.AgencyKey, request.AgencyName,
            .. (agency?.Aliases ?? []).Where(a => !a.Contains('.') && !a.Contains('@'))];
        var reading = FeeWaiverReading.Of(why, names);
        if (!reading.PublicInterest)
        {
            warn(Field, FoiaCheckCodes.FeeWaiverPublicInterest,
                "Say how disclosure will contribute to public understanding of the government's operations or "
                + "activities: what the records show about the agency, and how you will share them with the public.");
        }

        if (!reading.NoCommercialInterest)
        {
            warn(Field, FoiaCheckCodes.FeeWaiverCommercialInterest,
                "Say that the request is not primarily in your commercial interest, e.g. \"I have no commercial interest "
                + "in these records and will not sell them.\"");
        }

        // The statute's test has two prongs and no hardship test: an argument from hardship spends the reader's attention on nothing.
        if (reading.InabilityToPay)
        {
            warn(Field, FoiaCheckCodes.FeeWaiverInabilityToPay,
                "Not being able to afford the fees is not a ground for a waiver: agencies weigh only the public interest "
                + "and your commercial interest. Keep to those two, or lower the most you will pay instead.");
        }
    }

    private static void CheckExpedited(FoiaRequest request, Agency? agency, Action<string, string, string> block, Action<string, string, string> warn)
    {
        // The form offers only the directory's grounds; anything else (another agency's, a tampered form) would put a
        // ground in the letter that this agency's regulation does not have.
        if (request.ExpeditedGround == ExpeditedGround.AgencyRule
            && agency?.HasExpeditedGround(request.ExpeditedAgencyGround) != true)
        {
            block(nameof(FoiaRequest.ExpeditedAgencyGround), FoiaCheckCodes.ExpeditedAgencyGroundUnknown,
                "Choose one of the grounds this agency's own regulation lists, or one of the two grounds of the statute.");
        }

        if (request.ExpeditedGround is null)
        {
            block(nameof(FoiaRequest.ExpeditedGround), FoiaCheckCodes.ExpeditedGroundMissing,
                "Choose the ground for expedited processing: an imminent threat to someone's life or physical safety, "
                + "or an urgency to inform the public about federal government activity (5 U.S.C. § 552(a)(6)(E)(v)).");
        }

        if (IsBlank(request.ExpeditedJustification))
        {
            block(nameof(FoiaRequest.ExpeditedJustification), FoiaCheckCodes.Required,
                "Explain the compelling need: the facts that make the request urgent, and what is lost if the answer comes later.");
        }
        else if (request.ExpeditedGround == ExpeditedGround.UrgencyToInformThePublic
            && request.FeeCategory != FeeCategory.NewsMedia
            && !Disseminator().IsMatch(request.ExpeditedJustification))
        {
            warn(nameof(FoiaRequest.ExpeditedJustification), FoiaCheckCodes.ExpeditedNotDisseminator,
                "This ground is for a person primarily engaged in disseminating information: say how you do that "
                + "(as a journalist, through a publication, newsletter, blog or broadcast), or choose the other ground.");
        }

        if (!request.ExpeditedCertified)
        {
            block(nameof(FoiaRequest.ExpeditedCertified), FoiaCheckCodes.ExpeditedNotCertified,
                "Certify that your statement of compelling need is true and correct to the best of your knowledge and "
                + "belief: the law requires it for expedited processing (5 U.S.C. § 552(a)(6)(E)(vi)).");
        }
    }

    [GeneratedRegex(@"\b(?:journalis\w*|reporters?|news\w*|media|publish\w*|publication\w*|disseminat\w*|blog\w*|broadcast\w*|podcast\w*|newsletters?|editors?|writers?)\b",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Disseminator();
}
