namespace CivicAction.Web.Features.Comments;

/// <summary>
/// The texts of <c>Features/Comments</c> (the public comment page), in <c>CommentStrings.resx</c> and <c>CommentStrings.es.resx</c>. The comment itself is the brief's text and the person's words, as written.
/// </summary>
public sealed class CommentStrings;
