namespace CivicAction.Core.Letters.Foia;

/// <summary>What each ground of appeal argues, from the statute's own terms and the request as it was sent.</summary>
public static partial class FoiaFollowUps
{
    /// <summary>The parts of an appeal that argue its ground, in the letter's order.</summary>
    private static IEnumerable<(FoiaLetterPart Part, string Text)> AppealArgument(FoiaCase request, AppealPoint point)
    {
        switch (point.Ground)
        {
            case AppealGround.NoResponse:
                yield return (FoiaLetterPart.Context,
                    $"The agency did not make a determination within the time limits of 5 U.S.C. § 552(a)(6)(A)(i); the response was due on {FoiaText.LongDate(request.Due)}. "
                    + "Please direct the agency to make a determination and release the records without further delay.");
                break;

            // "No records" is a determination about the search, so the appeal is about the search: the standard courts
            // hold agencies to is a search reasonably calculated to uncover all relevant documents.
            case AppealGround.NoRecords:
                yield return (FoiaLetterPart.Context,
                    "I do not believe the search was adequate. An agency must make a search reasonably calculated to uncover all "
                    + "relevant records (Weisberg v. U.S. Department of Justice, 705 F.2d 1344, 1351 (D.C. Cir. 1983)), and my "
                    + "request describes records that should exist. Please describe the search that was made (the offices, files, "
                    + "systems and search terms, and the dates covered), and search again, including every office likely to hold the records.");
                break;

            case AppealGround.FeeCategoryDenied:
                yield return (FoiaLetterPart.Fees, FeeCategoryClaimed(request.Request)
                    + " Please place the request in the category it claimed and assess fees accordingly.");
                break;

            case AppealGround.FeeWaiverDenied:
                yield return (FoiaLetterPart.FeeWaiver, FeeWaiverClaimed(request.Request));
                break;

            case AppealGround.ExpeditedDenied:
                yield return (FoiaLetterPart.Expedited, ExpeditedClaimed(request));
                break;

            default:
                if (point.Exemption is { } exemption)
                {
                    yield return (FoiaLetterPart.Context, ExemptionArgument(exemption));
                    yield return (FoiaLetterPart.Segregability, Segregability(exemption));
                    if (ForeseeableHarm(exemption) is { } harm)
                    {
                        yield return (FoiaLetterPart.ForeseeableHarm, harm);
                    }
                }
                else
                {
                    yield return (FoiaLetterPart.Context,
                        "I ask that you release the records withheld, or, for any part you still withhold, that you release every reasonably segregable "
                        + "portion (5 U.S.C. § 552(b)) and explain how each exemption cited applies to the specific information withheld. "
                        + "Where a withholding rests on a discretionary exemption, please consider whether disclosure would cause foreseeable harm (5 U.S.C. § 552(a)(8)).");
                }

                break;
        }
    }

    // The category as the request claimed it, with the statute's terms for it: a news-media claim restates the
    // definition the statute gives since 2007, which is what the agency measures it against.
    private static string FeeCategoryClaimed(FoiaRequest request) => request.FeeCategory switch
    {
        FeeCategory.NewsMedia =>
            $"My request stated that I am a representative of the news media{FoiaLetterDrafter.Outlet(request)} and that I seek the records to gather news, "
            + "not for a commercial use. The statute defines a representative of the news media as any person or entity that gathers information of "
            + "potential interest to a segment of the public, uses its editorial skills to turn the raw materials into a distinct work, and distributes "
            + "that work to an audience (5 U.S.C. § 552(a)(4)(A)(ii)); that is what I do. For such a request, fees are limited to reasonable standard "
            + "charges for document duplication (5 U.S.C. § 552(a)(4)(A)(ii)(II)).",
        FeeCategory.EducationalOrScientific =>
            $"My request stated that it is made on behalf of {FoiaLetterDrafter.Institution(request)}for scholarly or scientific research, not for a "
            + "commercial use. For such a request, fees are limited to reasonable standard charges for document duplication "
            + "(5 U.S.C. § 552(a)(4)(A)(ii)(II)).",
        _ =>
            "My request stated that I seek the records for a noncommercial purpose, not for a commercial use. For such a request, fees are limited "
            + "to reasonable standard charges for search and duplication (5 U.S.C. § 552(a)(4)(A)(ii)(III)), with the first two hours of search "
            + "and the first 100 pages free (5 U.S.C. § 552(a)(4)(A)(iv)(II)).",
    };

    // Both prongs of (a)(4)(A)(iii), then the requester's own justification as the request gave it: a court decides a
    // fee waiver de novo but on the record before the agency ((a)(4)(A)(vii)), so the appeal restates that record.
    private static string FeeWaiverClaimed(FoiaRequest request)
    {
        var text = "My request meets both requirements of 5 U.S.C. § 552(a)(4)(A)(iii). First, disclosure of the requested information is in "
            + "the public interest because it is likely to contribute significantly to public understanding of the operations or activities of "
            + "the government. Second, disclosure is not primarily in my commercial interest.";
        if (FoiaText.Paragraphs(request.FeeWaiverJustification) is { Length: > 0 } why)
        {
            text += "\n\nAs my request explained:\n\n" + why;
        }

        return text + "\n\nA court reviews a fee-waiver decision de novo, on the record before the agency (5 U.S.C. § 552(a)(4)(A)(vii)). "
            + "I ask you to grant the waiver on that record.";
    }

    // The ground as the request claimed it, in the same words; a court reviews the denial on the record before the
    // agency at the time of the determination ((a)(6)(E)(iii)), so the justification is restated too.
    private static string ExpeditedClaimed(FoiaCase request)
    {
        var claimed = FoiaLetterDrafter.ExpeditedGroundClause(request.Request, request.Agency);
        var text = "My request asked for expedited processing under 5 U.S.C. § 552(a)(6)(E)" + claimed + ".";
        if (FoiaText.Paragraphs(request.Request.ExpeditedJustification) is { Length: > 0 } why)
        {
            text += "\n\nAs my request explained:\n\n" + why;
        }

        if (request.Request.ExpeditedCertified)
        {
            text += "\n\nI certify that the statements above are true and correct to the best of my knowledge and belief (5 U.S.C. § 552(a)(6)(E)(vi)).";
        }

        return text + "\n\nThe denial of expedited processing is subject to review (5 U.S.C. § 552(a)(6)(E)(iii)). Please reverse it and "
            + "process the request as soon as practicable.";
    }

    private static string ExemptionArgument(FoiaExemption exemption)
    {
        var cited = $"The agency withheld information under {FoiaExemptions.Name(exemption)}, 5 U.S.C. § 552{FoiaExemptions.Paragraph(exemption)}, "
            + $"which covers {FoiaExemptions.Covers(exemption)}. I appeal that withholding. The agency bears the burden of showing that the exemption "
            + "applies to each item withheld (5 U.S.C. § 552(a)(4)(B)).";
        var threshold = FoiaExemptions.IsLawEnforcement(exemption)
            ? " Exemption 7 applies only to records or information compiled for law enforcement purposes: please show that these were."
            : "";
        return cited + threshold + " " + ExemptionSpecifics(exemption);
    }

    /// <summary>What the officer must show for each exemption, in the terms of the statute and the leading cases.</summary>
    private static string ExemptionSpecifics(FoiaExemption exemption) => exemption switch
    {
        FoiaExemption.B1 =>
            "Please review whether the information is in fact properly classified today under the criteria of the Executive order, "
            + "as 5 U.S.C. § 552(b)(1)(B) requires, and whether any classification has expired.",
        FoiaExemption.B2 =>
            "Exemption 2 reaches only matters related solely to internal personnel rules and practices, such as pay, leave and work "
            + "rules (Milner v. Department of the Navy, 562 U.S. 562 (2011)); records of how the agency carries out its work are not such matters.",
        FoiaExemption.B3 =>
            "Please identify the statute relied on for each withholding and show that it requires withholding in a way that leaves no discretion, "
            + "or establishes particular criteria for withholding or refers to particular types of matters (5 U.S.C. § 552(b)(3)(A)), and, if it was "
            + "enacted after October 28, 2009, that it specifically cites § 552(b)(3) (5 U.S.C. § 552(b)(3)(B)).",
        FoiaExemption.B4 =>
            "Please show for each withholding that the information is commercial or financial, was obtained from a person outside the "
            + "government, and is customarily and actually kept private by its owner (Food Marketing Institute v. Argus Leader Media, 588 U.S. 427 (2019)).",
        FoiaExemption.B5 =>
            "Please name the privilege claimed for each withholding. The deliberative process privilege covers only predecisional and deliberative "
            + "material, not facts or final decisions, and it does not apply to records created 25 years or more before the date of my request "
            + "(5 U.S.C. § 552(b)(5)).",
        FoiaExemption.B6 =>
            "Exemption 6 requires a clearly unwarranted invasion of personal privacy: please weigh, for each withholding, the public interest in "
            + "knowing what the government is up to against any privacy interest, and release what concerns the official acts of public employees.",
        FoiaExemption.B7A =>
            "Please identify the enforcement proceeding, pending or reasonably anticipated, and explain how release of each category of records "
            + "could reasonably be expected to interfere with it. Once the proceeding ends, the exemption no longer applies.",
        FoiaExemption.B7B =>
            "Please identify the trial or adjudication, which must be pending or truly imminent, and explain how release would more probably than "
            + "not deprive a person of a fair trial or an impartial adjudication.",
        FoiaExemption.B7C =>
            "Please weigh, for each withholding, the public interest in the agency's conduct against the privacy interest, rather than "
            + "withholding by category, and release what concerns the official acts of public employees.",
        FoiaExemption.B7D =>
            "Please state for each source whether confidentiality was expressly promised or can be inferred from the circumstances of that "
            + "source's cooperation; it is not presumed for every source (U.S. Department of Justice v. Landano, 508 U.S. 165 (1993)).",
        FoiaExemption.B7E =>
            "Please show that the techniques and procedures withheld are not already known to the public, and, for guidelines, that disclosure "
            + "could reasonably be expected to risk circumvention of the law, as 5 U.S.C. § 552(b)(7)(E) requires.",
        FoiaExemption.B7F =>
            "Please identify whose life or physical safety would be endangered, and how, for each withholding, rather than a general risk.",
        FoiaExemption.B8 =>
            "Please show that the information is contained in or related to examination, operating or condition reports prepared by, on behalf "
            + "of, or for the use of an agency responsible for the regulation or supervision of financial institutions.",
        _ =>
            "Please show that the information withheld is geological or geophysical information and data concerning wells.",
    };

    // The last sentence of 552(b): segregable portions are released, and each deletion says how much and under what.
    private static string Segregability(FoiaExemption exemption) =>
        "Segregability: any reasonably segregable portion of a record must be provided after deletion of the exempt portions, and the amount "
        + "of information deleted, and the exemption under which each deletion is made, indicated on the released portion (5 U.S.C. § 552(b), "
        + $"last sentence). Please release every reasonably segregable portion of what was withheld under {FoiaExemptions.Name(exemption)}, "
        + "and mark each deletion.";

    /// <summary>
    /// The foreseeable-harm argument of 5 U.S.C. 552(a)(8)(A). Not made against Exemption 3: the paragraph itself says it does not
    /// require disclosure of information exempted under (b)(3) ((a)(8)(B)), so arguing it there would mislead the requester and
    /// weaken the letter; the Exemption 3 letter asks instead for the statute and its qualification.
    /// </summary>
    private static string? ForeseeableHarm(FoiaExemption exemption) => exemption == FoiaExemption.B3
        ? null
        : "Foreseeable harm: an agency may withhold information only if it reasonably foresees that disclosure would harm an interest "
          + "protected by an exemption, or if disclosure is prohibited by law (5 U.S.C. § 552(a)(8)(A)(i)), and it must consider whether partial "
          + $"disclosure is possible (§ 552(a)(8)(A)(ii)). Please identify the harm that disclosure would cause to the interest {FoiaExemptions.Name(exemption)} "
          + "protects, for the specific information withheld, or release it.";
}
