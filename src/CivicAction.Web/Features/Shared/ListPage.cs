namespace CivicAction.Web.Features.Shared;

/// <summary>Where a paged list is: what the pager needs, whatever the list holds.</summary>
public interface IPaged
{
    int Number { get; }

    int Count { get; }

    bool HasPrevious { get; }

    bool HasNext { get; }
}

/// <summary>One page of a longer list.</summary>
public sealed record ListPage<T>(IReadOnlyList<T> Items, int Number, int Size, long Total) : IPaged
{
    public int Count => (int)Math.Max(1, (Total + Size - 1) / Size);

    public bool HasPrevious => Number > 1;

    public bool HasNext => Number < Count;
}
