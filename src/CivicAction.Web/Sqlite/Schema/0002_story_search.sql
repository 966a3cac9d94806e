-- SQLite-only: the FTS5 full-text index over stories (rowid = stories.id).
-- Kept apart from the portable schema; Stories/StorySearchIndex.cs is its only writer and reader.
CREATE VIRTUAL TABLE story_search USING fts5 (
    headline,
    dek,
    text,
    tags,
    tokenize = 'porter unicode61 remove_diacritics 2'
);
