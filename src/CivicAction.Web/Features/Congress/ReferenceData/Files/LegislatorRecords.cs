using CivicAction.Core.Formats;

namespace CivicAction.Web.Features.Congress.ReferenceData.Files;

/// <summary>A member of Congress as read from a legislators file, checked and cleaned, ready to store.</summary>
internal sealed record MemberRecord(
    int Line,
    string BioguideId,
    string FirstName,
    string LastName,
    string? MiddleName,
    string? Nickname,
    string? Suffix,
    string OfficialName,
    string Chamber,
    string State,
    int? District,
    string Party,
    string? Phone,
    string? Address,
    string? Office,
    string? WebsiteUrl,
    string? ContactFormUrl,
    DateOnly? TermEnd,
    int? SenateClass,
    string? StateRank);

/// <summary>A district (home-state) office of a member, in the order the file lists them.</summary>
internal sealed record OfficeRecord(
    int Line,
    string MemberId,
    int Position,
    string? Address,
    string? Suite,
    string? Building,
    string City,
    string State,
    string? Zip,
    string? Phone);

/// <summary>Everything one <c>import-legislators</c> run read, and what it repaired on the way.</summary>
internal sealed record LegislatorData(
    IReadOnlyList<MemberRecord> Members,
    IReadOnlyList<OfficeRecord> Offices,
    IReadOnlyList<FileError> Notes);
