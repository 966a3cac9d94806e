namespace CivicAction.Web.Features.Congress.Letters;

/// <summary>
/// The texts of <c>Features/Congress/Letters</c> (the write, letters, send, sent and confirm pages), in
/// <c>LetterStrings.resx</c> and <c>LetterStrings.es.resx</c>. The letters stay in English: they are what the offices read.
/// </summary>
public sealed class LetterStrings;
