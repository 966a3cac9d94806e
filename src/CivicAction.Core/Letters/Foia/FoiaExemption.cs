namespace CivicAction.Core.Letters.Foia;

/// <summary>The nine exemptions of 5 U.S.C. 552(b), with Exemption 7's six parts ((b)(7)(A)-(F)) each on its own.</summary>
public enum FoiaExemption
{
    B1,
    B2,
    B3,
    B4,
    B5,
    B6,
    B7A,
    B7B,
    B7C,
    B7D,
    B7E,
    B7F,
    B8,
    B9,
}

/// <summary>How an exemption is cited, stored and argued against.</summary>
public static class FoiaExemptions
{
    public static IReadOnlyList<FoiaExemption> All { get; } = Enum.GetValues<FoiaExemption>();

    /// <summary>The paragraph as the statute numbers it: "(b)(7)(C)".</summary>
    public static string Paragraph(FoiaExemption exemption)
    {
        var name = exemption.ToString(); // "B7C"
        return name.Length == 2 ? $"(b)({name[1]})" : $"(b)({name[1]})({name[2]})";
    }

    /// <summary>The short name FOIA officers use: "Exemption 7(C)".</summary>
    public static string Name(FoiaExemption exemption) => "Exemption " + Number(exemption);

    /// <summary>The exemption's number as names use it: "7(C)".</summary>
    public static string Number(FoiaExemption exemption)
    {
        var name = exemption.ToString();
        return name.Length == 2 ? $"{name[1]}" : $"{name[1]}({name[2]})";
    }

    /// <summary>How it is written in a stored list and in an address: "b7c".</summary>
    public static string Code(FoiaExemption exemption) => exemption.ToString().ToLowerInvariant();

    public static FoiaExemption? Parse(string? code) =>
        Enum.TryParse<FoiaExemption>(code?.Trim(), ignoreCase: true, out var exemption) && Enum.IsDefined(exemption) && !int.TryParse(code, out _)
            ? exemption
            : null;

    /// <summary>The stored list: codes joined by commas, in the statute's order; null when there are none.</summary>
    public static string? ToList(IEnumerable<FoiaExemption> exemptions)
    {
        ArgumentNullException.ThrowIfNull(exemptions);
        var codes = exemptions.Distinct().Order().Select(Code).ToList();
        return codes.Count == 0 ? null : string.Join(',', codes);
    }

    public static IReadOnlyList<FoiaExemption> FromList(string? list) =>
        [.. (list ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries).Select(Parse).OfType<FoiaExemption>().Distinct().Order()];

    /// <summary>What the exemption covers, in the statute's own terms (5 U.S.C. 552(b)(1)-(9)).</summary>
    public static string Covers(FoiaExemption exemption) => exemption switch
    {
        FoiaExemption.B1 => "matters properly classified under an Executive order in the interest of national defense or foreign policy",
        FoiaExemption.B2 => "matters related solely to the internal personnel rules and practices of an agency",
        FoiaExemption.B3 => "matters specifically exempted from disclosure by another statute",
        FoiaExemption.B4 => "trade secrets and commercial or financial information obtained from a person and privileged or confidential",
        FoiaExemption.B5 => "inter-agency or intra-agency memorandums or letters that would not be available by law to a party in litigation with the agency",
        FoiaExemption.B6 => "personnel, medical and similar files whose disclosure would constitute a clearly unwarranted invasion of personal privacy",
        FoiaExemption.B7A => "law enforcement records whose production could reasonably be expected to interfere with enforcement proceedings",
        FoiaExemption.B7B => "law enforcement records whose production would deprive a person of a right to a fair trial or an impartial adjudication",
        FoiaExemption.B7C => "law enforcement records whose production could reasonably be expected to constitute an unwarranted invasion of personal privacy",
        FoiaExemption.B7D => "law enforcement records whose production could reasonably be expected to disclose the identity of a confidential source",
        FoiaExemption.B7E => "law enforcement records whose production would disclose techniques and procedures for law enforcement investigations or prosecutions",
        FoiaExemption.B7F => "law enforcement records whose production could reasonably be expected to endanger the life or physical safety of any individual",
        FoiaExemption.B8 => "matters related to examination, operating or condition reports about the regulation or supervision of financial institutions",
        _ => "geological and geophysical information and data, including maps, concerning wells",
    };

    /// <summary>Exemption 7's parts all rest on the threshold that the records were compiled for law enforcement purposes.</summary>
    public static bool IsLawEnforcement(FoiaExemption exemption) => exemption is >= FoiaExemption.B7A and <= FoiaExemption.B7F;
}
