using CivicAction.Core.Briefs;
using CivicAction.Core.Letters.Calls;
using CivicAction.Core.Letters.Congress;
using static CivicAction.Tests.Support.ParseHelper;

namespace CivicAction.Tests.Core.Letters.Calls;

/// <summary>A call from a brief written in Spanish: its script as written, and what the site writes around it (the voicemail, a script where the brief gives none) in Spanish.</summary>
public sealed class SpanishCallScriptsTests
{
    private static readonly Recipient Cantwell = new("Senator", "Cantwell", "Maria Cantwell");

    private static BriefAction Call(string body) =>
        ParseText($"2026-03-03\n\nTitular\n\nEntradilla\n\nTexto de la noticia.\n\nWhat You Can Do\n\n1\n\ncall\n\n{body}").Actions[0];

    [Fact]
    public void TheBriefsSpanishScript_IsFilled_AndTheVoicemailTheSiteWrites_IsSpanish()
    {
        var action = Call("Llame a sus congresistas sobre la norma federal de escorrentía\n\nPídales que mantengan los límites federales\n\n" +
            "Guion: Hola, me llamo [Su nombre] y vivo en [Su ciudad]. Llamo para pedirle que defienda los límites a la escorrentía en el río Clearwater.");

        var script = CallScripts.For(action, new Caller("Ana Lee", "Clearwater"), Cantwell);

        Assert.True(script.InSpanish);
        Assert.Equal("Hola, me llamo Ana Lee y vivo en Clearwater. Llamo para pedirle que defienda los límites a la escorrentía en el río Clearwater.", script.Script);
        Assert.False(script.VoicemailFromBrief);
        Assert.Equal(["Hola, me llamo Ana Lee y vivo en Clearwater. Llamo para pedirle que defienda los límites a la escorrentía en el río Clearwater. Gracias."], script.Voicemail);
    }

    [Fact]
    public void WithoutAScript_TheSiteWritesOneInSpanish_FromTheTitlesTopic()
    {
        var action = Call("Llame a sus congresistas sobre la norma federal de escorrentía\n\nPídales que mantengan los límites federales a la escorrentía agrícola");

        var script = CallScripts.For(action, new Caller("Ana Lee", "Clearwater"), Cantwell);

        Assert.True(script.InSpanish);
        Assert.Equal("Hola, me llamo Ana Lee y vivo en Clearwater. Llamo por este asunto: la norma federal de escorrentía. Gracias.", script.Script);
    }

    [Fact]
    public void AnEnglishCall_StaysEnglish()
    {
        var script = CallScripts.For(Call("Call your senators about the runoff rule\n\nAsk them to keep the federal limits"), new Caller("Ana Lee", "Clearwater"), Cantwell);

        Assert.False(script.InSpanish);
        Assert.StartsWith("Hello, my name is Ana Lee, and I live in Clearwater. I'm calling about the runoff rule.", script.Script, StringComparison.Ordinal);
    }
}
