namespace CivicAction.Core.Letters.Foia;

/// <summary>The stable identifiers of <see cref="FoiaChecks"/>' findings.</summary>
public static class FoiaCheckCodes
{
    public const string Placeholder = "placeholder";
    public const string Required = "required";
    public const string InvalidEmail = "invalid-email";
    public const string LineBreakOrControl = "line-break-or-control";
    public const string TooLong = "too-long";
    public const string NoDateRange = "no-date-range";
    public const string DateRangeReversed = "date-range-reversed";
    public const string DateRangeAmbiguous = "date-range-ambiguous";
    public const string VagueRecords = "vague-records";
    public const string NegativeFee = "negative-fee";
    public const string NewsMediaOutletMissing = "news-media-outlet-missing";
    public const string InstitutionMissing = "institution-missing";
    public const string FeeWaiverPublicInterest = "fee-waiver-public-interest";
    public const string FeeWaiverCommercialInterest = "fee-waiver-commercial-interest";
    public const string FeeWaiverInabilityToPay = "fee-waiver-inability-to-pay";
    public const string ExpeditedGroundMissing = "expedited-ground-missing";
    public const string ExpeditedAgencyGroundUnknown = "expedited-agency-ground-unknown";
    public const string ExpeditedNotCertified = "expedited-not-certified";
    public const string ExpeditedNotDisseminator = "expedited-not-disseminator";
    public const string IdentityNotDeclared = "identity-not-declared";
    public const string OwnRecordsSuggested = "own-records-suggested";
    public const string NotAnAgency = "not-an-agency";
    public const string RecordsHeldOutsideFoia = "records-held-outside-foia";
}
