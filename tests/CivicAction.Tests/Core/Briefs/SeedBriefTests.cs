using CivicAction.Core.Briefs;
using CivicAction.Tests.Support;

namespace CivicAction.Tests.Core.Briefs;

/// <summary>The real brief in seeds/, parsed field by field against exact expectations.</summary>
public sealed class SeedBriefTests
{
    private static readonly Brief Seed = ParseSeed();

    private static Brief ParseSeed()
    {
        var result = BriefParser.Parse("000_e854b459b944895b.txt", File.ReadAllBytes(Fixtures.SeedBrief));
        Assert.Null(result.Error);
        return result.Brief!;
    }

    [Fact]
    public void Header_IsSourceSlugDateHeadlineAndDek()
    {
        Assert.Equal("000_e854b459b944895b.txt", Seed.Source);
        Assert.Equal("doj-admits-dhs-secretary-noem-personally-decided-to-deport", Slug.FromHeadline(Seed.Headline));
        Assert.Equal(new DateOnly(2025, 11, 26), Seed.Published);
        Assert.Equal("DOJ admits DHS Secretary Noem personally decided to deport Venezuelan detainees to El Salvador's CECOT prison", Seed.Headline);
        Assert.Equal("Noem's personal decision to send migrants to foreign prison represents unprecedented departure from standard deportation procedures", Seed.Dek);
    }

    [Fact]
    public void Summary_IsTheFourShortLeadingParagraphs_WithNonBreakingSpacesNormalised()
    {
        Assert.Equal(4, Seed.Summary.Count);
        Assert.Equal("On Nov. 26, 2025, the Department of Justice admitted DHS Secretary Kristi Noem personally decided to deport Venezuelan immigration detainees to CECOT, El Salvador's notorious maximum-security prison built to house gang members.", Seed.Summary[0]);
        Assert.StartsWith("CECOT (Center for the Confinement of Terrorism) was designed by", Seed.Summary[1]);
        Assert.StartsWith("The admission came during legal proceedings", Seed.Summary[2]);
        Assert.Equal("The policy represents a departure from standard immigration enforcement procedures. Questions remain about legal authority for sending US immigration detainees to foreign prisons and conditions at CECOT.", Seed.Summary[3]);
        Assert.DoesNotContain(Seed.Summary.Concat(Seed.Body), p => p.Contains('\u00A0'));
    }

    [Fact]
    public void Body_IsTheThreeLongParagraphs_WithDoubledNamesRepaired()
    {
        Assert.Equal(3, Seed.Body.Count);
        Assert.Equal("The Department of Justice admitted on Nov. 26, 2025, that DHS Secretary Kristi Noem personally decided to deport Venezuelan immigration detainees to CECOT, El Salvador's maximum-security prison. The admission came during legal proceedings challenging the deportations. CECOT (Center for the Confinement of Terrorism) was designed by El Salvador President Nayib Bukele to house gang members.", Seed.Body[0]);
        Assert.StartsWith("CECOT has drawn international human rights criticism for conditions.", Seed.Body[1]);
        Assert.EndsWith("Legal questions remain about authority to deport US detainees to third-country prisons.", Seed.Body[2]);
    }

    [Fact]
    public void Tags_AreSplitOnWholeEmoji()
    {
        Assert.Equal(
            [new Tag("🛂", "Immigration"), new Tag("⚖️", "Justice"), new Tag("🌍", "Foreign Policy")],
            Seed.Tags);
    }

    [Fact]
    public void FoiaAction_HasKindChannelContactsHeadingAndBlocks()
    {
        Assert.Equal(2, Seed.Actions.Count);
        var foia = Seed.Actions[0];
        Assert.Equal(1, foia.Number);
        Assert.Equal("civic action", foia.Kind);
        Assert.Equal(ActionChannel.Foia, foia.Channel);
        Assert.Equal("File a FOIA request with DHS for the legal justification behind deporting Venezuelan detainees to El Salvador's CECOT prison", foia.Title);
        Assert.Equal("Use the Freedom of Information Act to force DHS to disclose internal memos, legal opinions, and agreements that authorized third-country prison transfers", foia.Description);
        Assert.Equal(["foia@hq.dhs.gov"], foia.Contacts.Emails);
        Assert.Equal(["www.dhs.gov/foia"], foia.Contacts.Urls);
        Assert.Empty(foia.Contacts.Phones);
        Assert.Equal("Key points to include in your FOIA request form or letter", foia.Heading);
        Assert.Null(foia.Subject);
        Assert.Null(foia.Guidance);
        Assert.Empty(foia.Placeholders);

        Assert.Equal(
            ["Opening statement", "Data points to mention", "Impact explanation", "Questions to ask in the FOIA request", "Specific request"],
            foia.Blocks.Select(b => b.Label));
        Assert.StartsWith("I'm submitting a Freedom of Information Act request for records", foia.Blocks[0].Text);
        Assert.Empty(foia.Blocks[0].Items);
        Assert.Equal("", foia.Blocks[1].Text);
        Assert.Equal(3, foia.Blocks[1].Items.Count);
        Assert.Equal("News reports and DOJ statements say DHS Secretary Noem personally approved transfers of Venezuelan detainees to CECOT, a high-security prison in El Salvador.", foia.Blocks[1].Items[0].Text);
        Assert.All(foia.Blocks[1].Items, i => Assert.Empty(i.Items));
        Assert.Equal(3, foia.Blocks[3].Items.Count);
        Assert.StartsWith("What statutes, regulations, or legal opinions", foia.Blocks[3].Items[0].Text);
        Assert.Equal("I request copies of all legal memoranda, policy directives, interagency correspondence, and agreements from January 1, 2025 to the present that authorize or describe deportations of Venezuelan detainees from U.S. custody to El Salvador's CECOT prison.", foia.Blocks[4].Text);
    }

    [Fact]
    public void EmailAction_HasSubjectLetterPlaceholdersAndGuidance()
    {
        var email = Seed.Actions[1];
        Assert.Equal(2, email.Number);
        Assert.Equal(ActionChannel.Email, email.Channel);
        Assert.Equal("Email your members of Congress about DHS deportations to El Salvador's CECOT prison", email.Title);
        Assert.True(email.Contacts.IsEmpty);
        Assert.Null(email.Heading);
        Assert.Equal("Oversight of DHS deportations to El Salvador's CECOT prison", email.Subject);
        Assert.Equal([null, null, "Key concerns", "My request", null], email.Blocks.Select(b => b.Label));
        Assert.Equal("Dear [Representative/Senator Name],", email.Blocks[0].Text);
        Assert.Equal(3, email.Blocks[2].Items.Count);
        Assert.Equal("Thank you for upholding our commitment to the rule of law.", email.Blocks[4].Text);
        Assert.Equal(["Representative/Senator Name"], email.Placeholders);

        var guidance = email.Guidance!;
        Assert.Equal("How to find your representative", guidance.Heading);
        Assert.Equal(2, guidance.Items.Count);
        Assert.Equal("If you don't see your representatives there, you can:", guidance.Items[1].Text);
        Assert.Equal(
            ["Find your House member at house.gov/representatives/find-your-representative", "Find your Senators at senate.gov/senators"],
            guidance.Items[1].Items.Select(i => i.Text));
    }

    [Fact]
    public void DryRunJson_MatchesTheContractShape()
    {
        var json = System.Text.Json.JsonDocument.Parse(BriefJson.Serialize([new AddressedBrief(Seed, Slug.FromHeadline(Seed.Headline))], [])).RootElement;
        var story = json.GetProperty("stories")[0];
        Assert.Equal("2025-11-26", story.GetProperty("published").GetString());
        Assert.Equal("🛂", story.GetProperty("tags")[0].GetProperty("emoji").GetString());
        var action = story.GetProperty("actions")[0];
        Assert.Equal("foia", action.GetProperty("channel").GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, action.GetProperty("subject").ValueKind);
        Assert.Equal(System.Text.Json.JsonValueKind.Null, action.GetProperty("guidance").ValueKind);
        Assert.Equal(["emails", "urls", "phones"], action.GetProperty("contacts").EnumerateObject().Select(p => p.Name));
        Assert.Equal(0, json.GetProperty("errors").GetArrayLength());
    }

    [Fact]
    public void DryRunJson_KeepsEveryFieldOfTheContract_AndAddsTheNewOnesAfterThem()
    {
        var json = System.Text.Json.JsonDocument.Parse(BriefJson.Serialize([new AddressedBrief(Seed, Slug.FromHeadline(Seed.Headline))], [])).RootElement;
        var actions = json.GetProperty("stories")[0].GetProperty("actions");
        var foia = actions[0];
        var email = actions[1];

        Assert.Equal(
            ["number", "kind", "channel", "title", "description", "contacts", "heading", "subject", "blocks", "placeholders", "guidance",
                "type", "mentioned", "call", "comment", "meeting"],
            foia.EnumerateObject().Select(p => p.Name));
        Assert.Equal(["label", "text", "items", "role"], foia.GetProperty("blocks")[0].EnumerateObject().Select(p => p.Name));
        Assert.Equal("message", foia.GetProperty("blocks")[0].GetProperty("role").GetString());
        Assert.Equal(("foiaRequest", "congressLetter"), (foia.GetProperty("type").GetString(), email.GetProperty("type").GetString()));
        Assert.Equal(["emails", "urls", "phones"], email.GetProperty("mentioned").EnumerateObject().Select(p => p.Name));
        Assert.Equal(
            ["house.gov/representatives/find-your-representative", "senate.gov/senators"],
            email.GetProperty("mentioned").GetProperty("urls").EnumerateArray().Select(u => u.GetString()));
        Assert.All(["call", "comment", "meeting"], name => Assert.Equal(System.Text.Json.JsonValueKind.Null, email.GetProperty(name).ValueKind));
    }

    [Fact]
    public void DryRunJson_GivesTheDetailsOfACallACommentAndAMeeting()
    {
        var brief = BriefParser.Parse("every_kind_of_action.txt", File.ReadAllBytes(Fixtures.Brief("every_kind_of_action.txt"))).Brief!;
        var actions = System.Text.Json.JsonDocument.Parse(BriefJson.Serialize(brief, "river")).RootElement.GetProperty("actions");

        Assert.Equal(
            ["call", "officialLetter", "publicComment", "attend", "officialLetter", "foiaRequest", "other"],
            actions.EnumerateArray().Select(a => a.GetProperty("type").GetString()));
        var call = actions[0].GetProperty("call");
        Assert.Equal(("congress", "senators"), (call.GetProperty("to").GetString(), call.GetProperty("members").GetString()));
        Assert.Equal(["(202) 224-3121"], call.GetProperty("phones").EnumerateArray().Select(p => p.GetString()));
        var comment = actions[2].GetProperty("comment");
        Assert.Equal("EPA-HQ-OW-2026-0142", comment.GetProperty("docketId").GetString());
        Assert.Equal("https://www.regulations.gov/docket/EPA-HQ-OW-2026-0142", comment.GetProperty("address").GetString());
        var meeting = actions[3].GetProperty("meeting");
        Assert.Equal(("2026-03-19", "18:00:00", "20:00:00"), (meeting.GetProperty("date").GetString(), meeting.GetProperty("start").GetString(), meeting.GetProperty("end").GetString()));
        Assert.Equal(["dateText", "date", "timeText", "start", "end", "place", "missing"], meeting.EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public void AStoryStoredBeforeTheNewFields_GetsThemWhenRead()
    {
        // Documents stored by an older parser have no "type" or "role": they are worked out from the parts when read.
        var json = System.Text.Json.Nodes.JsonNode.Parse(BriefJson.SerializeCompact(Seed))!;
        foreach (var action in json["actions"]!.AsArray())
        {
            foreach (var name in new[] { "type", "mentioned", "call", "comment", "meeting" })
            {
                action!.AsObject().Remove(name);
            }

            foreach (var block in action!["blocks"]!.AsArray())
            {
                block!.AsObject().Remove("role");
            }
        }

        var read = BriefJson.Deserialize(json.ToJsonString())!;

        Assert.Equal([ActionType.FoiaRequest, ActionType.CongressLetter], read.Actions.Select(a => a.Type));
        Assert.Equal(["senate.gov/senators"], read.Actions[1].Mentioned.Urls.Skip(1));
    }
}
