using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;

namespace CivicAction.Core.Letters.Foia;

/// <summary>
/// Everything a Freedom of Information Act request letter is drafted from: the one model of a request. The drafting
/// page binds its form to it, <see cref="FoiaPrefill"/> fills it from a brief, the checks and the drafter read it,
/// and the store keeps it.
/// </summary>
/// <remarks>
/// Every property has a usable default so that a page can bind a partly filled form and still show a preview and
/// the checks; nothing here is validated on construction. Texts are kept as typed: the drafter normalises line
/// endings and the checks report what is wrong, field by field, naming the property. Both also accept null where
/// a string is declared, because model binding turns an empty input into null.
/// </remarks>
public sealed record FoiaRequest
{
    /// <summary>The most a requester pays without being asked first when the form does not say: the figure agencies
    /// assume when a request names none (e.g. EPA reads a request as agreeing to pay up to $25.00, 40 CFR 2.102).</summary>
    public const decimal DefaultMaxFee = 25m;

    // Requester. Single-line fields (name, e-mail, phone, organisation) may end up in mail headers.
    public string FullName { get; init; } = "";

    public string Email { get; init; } = "";

    /// <summary>Postal address, one line per line of the envelope.</summary>
    public string PostalAddress { get; init; } = "";

    public string? Phone { get; init; }

    public string? Organization { get; init; }

    // Agency.

    /// <summary>The <see cref="Agency.Key"/> of a directory agency, or null when the agency is not in the directory.</summary>
    public string? AgencyKey { get; init; }

    /// <summary>The agency as the requester names it; the directory's name is used instead when the agency is known.</summary>
    public string AgencyName { get; init; } = "";

    /// <summary>
    /// What the subject line is about, e.g. "deportations of Venezuelan detainees to CECOT"; the letter's subject is
    /// "Freedom of Information Act Request: " followed by this (or by nothing when it is blank).
    /// </summary>
    public string Subject { get; init; } = "";

    // The request.

    /// <summary>The records sought: the brief's "Specific request".</summary>
    public string RecordsDescription { get; init; } = "";

    /// <summary>Background for the records officer: the brief's opening statement, data points and impact.</summary>
    public string Context { get; init; } = "";

    /// <summary>Questions the records should answer, one per entry (see <see cref="ParseQuestions"/> for a text box).</summary>
    public IReadOnlyList<string> Questions { get; init; } = [];

    /// <summary>The questions as one text box, a question a line: what the drafting form shows and posts.</summary>
    [JsonIgnore]
    public string? QuestionsText
    {
        get => string.Join('\n', Questions);
        init => Questions = ParseQuestions(value);
    }

    public DateOnly? DateRangeFrom { get; init; }

    public DateOnly? DateRangeTo { get; init; }

    /// <summary>The range runs to the present (the day the agency starts its search); <see cref="DateRangeTo"/> stays empty.</summary>
    public bool ToPresent { get; init; }

    // Fees.
    public FeeCategory FeeCategory { get; init; } = FeeCategory.AllOthers;

    /// <summary>The most the requester will pay without being asked first, in US dollars.</summary>
    [Range(typeof(decimal), "0", "100000")]
    public decimal MaxFee { get; init; } = DefaultMaxFee;

    public bool FeeWaiverRequested { get; init; }

    public string FeeWaiverJustification { get; init; } = "";

    // Expedited processing, 5 U.S.C. 552(a)(6)(E).
    public bool ExpeditedRequested { get; init; }

    /// <summary>Null until the requester chooses: neither ground is a safe default to claim on someone's behalf.</summary>
    public ExpeditedGround? ExpeditedGround { get; init; }

    /// <summary>With <see cref="Foia.ExpeditedGround.AgencyRule"/>: which of the agency's own grounds
    /// (<see cref="Agency.ExpeditedGrounds"/>), word for word as the directory lists it.</summary>
    public string? ExpeditedAgencyGround { get; init; }

    public string ExpeditedJustification { get; init; } = "";

    /// <summary>The requester certifies the justification "true and correct to the best of [their] knowledge and
    /// belief", which 5 U.S.C. 552(a)(6)(E)(vi) requires of a request for expedited processing.</summary>
    public bool ExpeditedCertified { get; init; }

    // Records about the requester: the Privacy Act applies beside FOIA, and the agency verifies identity first
    // (e.g. 28 CFR 16.41(d), 6 CFR 5.21(d): full name, current address, date and place of birth, a sworn statement).

    /// <summary>The records are about the requester, so the letter asks under the Privacy Act too and verifies identity.</summary>
    public bool OwnRecords { get; init; }

    public DateOnly? DateOfBirth { get; init; }

    public string? PlaceOfBirth { get; init; }

    /// <summary>The requester declares, under penalty of perjury (28 U.S.C. 1746), that they are the person the records are about.</summary>
    public bool IdentityDeclared { get; init; }

    public RecordFormat PreferredFormat { get; init; } = RecordFormat.Electronic;

    /// <summary>
    /// The request as a form posted it, made whole: no text is null, the e-mail is trimmed, a directory agency is
    /// named as the directory names it (and any other key is dropped), and a range that runs to the present has no
    /// end date.
    /// </summary>
    public FoiaRequest Normalized(AgencyDirectory directory)
    {
        ArgumentNullException.ThrowIfNull(directory);
        var agency = directory.Get(AgencyKey);
        return this with
        {
            FullName = FullName ?? "",
            Email = (Email ?? "").Trim(),
            PostalAddress = PostalAddress ?? "",
            AgencyKey = agency?.Key,
            AgencyName = agency?.Name ?? AgencyName ?? "",
            Subject = Subject ?? "",
            RecordsDescription = RecordsDescription ?? "",
            Context = Context ?? "",
            Questions = Questions ?? [],
            DateRangeTo = ToPresent ? null : DateRangeTo,
            FeeWaiverJustification = FeeWaiverJustification ?? "",
            ExpeditedJustification = ExpeditedJustification ?? "",
        };
    }

    /// <summary>
    /// The questions of a text box, one a line: blank lines are dropped, and so are the bullet marks or numbers
    /// ("• ", "- ", "1. ", "2) ") people type in front of them.
    /// </summary>
    public static IReadOnlyList<string> ParseQuestions(string? text) =>
        FoiaText.NormalizeNewlines(text ?? "")
            .Split('\n')
            .Select(line => FoiaText.StripListMarker(line.Trim()))
            .Where(line => line.Length > 0)
            .ToList();
}

/// <summary>The requester's fee category, which decides what an agency may charge (5 U.S.C. 552(a)(4)(A)(ii)).</summary>
/// <remarks><see cref="AllOthers"/> is the zero value so that an unset category never claims a cheaper or a commercial status.</remarks>
public enum FeeCategory
{
    /// <summary>Anyone not in another category: search and duplication, first two hours and 100 pages free.</summary>
    AllOthers = 0,

    /// <summary>Commercial use: search, review and duplication.</summary>
    Commercial,

    /// <summary>An educational or noncommercial scientific institution doing scholarly or scientific research: duplication only.</summary>
    EducationalOrScientific,

    /// <summary>A representative of the news media: duplication only.</summary>
    NewsMedia,
}

/// <summary>The grounds for expedited processing: the statute's two of "compelling need" (5 U.S.C. 552(a)(6)(E)(v)), or one of the agency's own.</summary>
public enum ExpeditedGround
{
    /// <summary>Delay could reasonably be expected to pose an imminent threat to the life or physical safety of an individual ((v)(I)).</summary>
    ImminentThreatToLifeOrSafety,

    /// <summary>A person primarily engaged in disseminating information, with urgency to inform the public about federal government activity ((v)(II)).</summary>
    UrgencyToInformThePublic,

    /// <summary>A ground the agency's own regulation adds, as 5 U.S.C. 552(a)(6)(E)(i)(II) allows ("in other cases
    /// determined by the agency"); which one is <see cref="FoiaRequest.ExpeditedAgencyGround"/>.</summary>
    AgencyRule,
}

/// <summary>The form the records are wanted in.</summary>
public enum RecordFormat
{
    /// <summary>Electronic copies, which an agency must provide where the records are readily reproducible that way (5 U.S.C. 552(a)(3)(B)).</summary>
    Electronic = 0,

    Paper,
}
