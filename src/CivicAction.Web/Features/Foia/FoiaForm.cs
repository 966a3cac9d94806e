using System.ComponentModel.DataAnnotations;
using System.Text.Json;
using System.Text.Json.Serialization;
using CivicAction.Core.Letters.Foia;

namespace CivicAction.Web.Features.Foia;

/// <summary>
/// The FOIA drafting form as the browser posts it: plain settable properties for model binding,
/// turned into a <see cref="FoiaRequest"/> for the checks and the drafter. The questions are one
/// text box, a question a line.
/// </summary>
public sealed class FoiaForm
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    [Display(Name = "Full name")]
    public string? FullName { get; set; }

    [Display(Name = "E-mail address")]
    public string? Email { get; set; }

    [Display(Name = "Postal address")]
    public string? PostalAddress { get; set; }

    public string? Phone { get; set; }

    public string? Organization { get; set; }

    public string? AgencyKey { get; set; }

    public string? AgencyName { get; set; }

    public string? Subject { get; set; }

    public string? RecordsDescription { get; set; }

    public string? Context { get; set; }

    public string? QuestionsText { get; set; }

    public DateOnly? DateRangeFrom { get; set; }

    public DateOnly? DateRangeTo { get; set; }

    public bool ToPresent { get; set; }

    public FeeCategory FeeCategory { get; set; }

    [Range(0, 100_000)]
    public decimal MaxFee { get; set; } = FoiaRequest.DefaultMaxFee;

    public bool FeeWaiverRequested { get; set; }

    public string? FeeWaiverJustification { get; set; }

    public bool ExpeditedRequested { get; set; }

    public ExpeditedGround? ExpeditedGround { get; set; }

    public string? ExpeditedJustification { get; set; }

    public bool ExpeditedCertified { get; set; }

    public RecordFormat PreferredFormat { get; set; }

    /// <summary>A field people never see; bots fill it. A filled honeypot sends nothing.</summary>
    public string? Website { get; set; }

    public static FoiaForm From(FoiaRequest request) => new()
    {
        FullName = request.FullName,
        Email = request.Email,
        PostalAddress = request.PostalAddress,
        Phone = request.Phone,
        Organization = request.Organization,
        AgencyKey = request.AgencyKey,
        AgencyName = request.AgencyName,
        Subject = request.Subject,
        RecordsDescription = request.RecordsDescription,
        Context = request.Context,
        QuestionsText = string.Join('\n', request.Questions),
        DateRangeFrom = request.DateRangeFrom,
        DateRangeTo = request.DateRangeTo,
        ToPresent = request.ToPresent,
        FeeCategory = request.FeeCategory,
        MaxFee = request.MaxFee,
        FeeWaiverRequested = request.FeeWaiverRequested,
        FeeWaiverJustification = request.FeeWaiverJustification,
        ExpeditedRequested = request.ExpeditedRequested,
        ExpeditedGround = request.ExpeditedGround,
        ExpeditedJustification = request.ExpeditedJustification,
        ExpeditedCertified = request.ExpeditedCertified,
        PreferredFormat = request.PreferredFormat,
    };

    /// <summary>The request; the agency key is only kept when it names a directory agency.</summary>
    public FoiaRequest ToRequest()
    {
        var agency = AgencyDirectory.Default.Get(AgencyKey);
        return new FoiaRequest
        {
            FullName = FullName ?? "",
            Email = (Email ?? "").Trim(),
            PostalAddress = PostalAddress ?? "",
            Phone = Phone,
            Organization = Organization,
            AgencyKey = agency?.Key,
            AgencyName = agency?.Name ?? AgencyName ?? "",
            Subject = Subject ?? "",
            RecordsDescription = RecordsDescription ?? "",
            Context = Context ?? "",
            Questions = FoiaRequest.ParseQuestions(QuestionsText),
            DateRangeFrom = DateRangeFrom,
            DateRangeTo = ToPresent ? null : DateRangeTo,
            ToPresent = ToPresent,
            FeeCategory = FeeCategory,
            MaxFee = MaxFee,
            FeeWaiverRequested = FeeWaiverRequested,
            FeeWaiverJustification = FeeWaiverJustification ?? "",
            ExpeditedRequested = ExpeditedRequested,
            ExpeditedGround = ExpeditedGround,
            ExpeditedJustification = ExpeditedJustification ?? "",
            ExpeditedCertified = ExpeditedCertified,
            PreferredFormat = PreferredFormat,
        };
    }

    public static string Serialize(FoiaRequest request) => JsonSerializer.Serialize(request, Json);

    public static FoiaRequest Deserialize(string json) =>
        JsonSerializer.Deserialize<FoiaRequest>(json, Json) ?? throw new InvalidDataException("a stored FOIA form is empty");
}
