namespace CivicAction.Core.Deadlines;

/// <summary>
/// A legal public holiday of 5 U.S.C. 6103(a): <paramref name="Date"/> is the day the statute names,
/// <paramref name="Observed"/> the day federal offices are closed for it (5 U.S.C. 6103(b), Executive Order 11582).
/// </summary>
public sealed record Holiday(string Name, DateOnly Date, DateOnly Observed);
