-- SQLite-only: a bounded copy of each story's search entry, read for snippets only (rowid = stories.id).
-- FTS5's snippet() scores every hit of a row against every other hit, so its cost grows with the square of the
-- hits in one story: over the whole text, a long story with thousands of hits of one word took seconds (a 1 MB
-- one, minutes) in one uninterruptible call. Matching and ranking still use story_search and the full text;
-- only the passage shown under a result comes from here, so its cost no longer depends on the story's length.
CREATE VIRTUAL TABLE story_snippets USING fts5 (
    headline,
    dek,
    text,
    tags,
    tokenize = 'porter unicode61 remove_diacritics 2'
);

-- Stories imported before this script get their copy now; an import writes it from then on, cut the same way
-- (Fts5StorySearchIndex.Bounded): each column's first characters (headline 300, dek 600, text 2,000, tags 300),
-- cut after the last whole word that fits. The inner rtrim drops the end of a word cut by the limit: its set of
-- characters is the head itself without blanks, so it stops at the last blank. A head without any blank is cut at
-- the limit. At most 3,200 characters in all, so one snippet weighs at most about 1,600 hits, whatever the story.
INSERT INTO story_snippets (rowid, headline, dek, text, tags)
SELECT rowid,
    CASE WHEN length(headline) <= 300 THEN headline ELSE coalesce(nullif(rtrim(rtrim(substr(headline, 1, 301),
        replace(replace(replace(replace(substr(headline, 1, 301), ' ', ''), char(9), ''), char(10), ''), char(13), '')),
        ' ' || char(9, 10, 13)), ''), substr(headline, 1, 300)) END,
    CASE WHEN length(dek) <= 600 THEN dek ELSE coalesce(nullif(rtrim(rtrim(substr(dek, 1, 601),
        replace(replace(replace(replace(substr(dek, 1, 601), ' ', ''), char(9), ''), char(10), ''), char(13), '')),
        ' ' || char(9, 10, 13)), ''), substr(dek, 1, 600)) END,
    CASE WHEN length(text) <= 2000 THEN text ELSE coalesce(nullif(rtrim(rtrim(substr(text, 1, 2001),
        replace(replace(replace(replace(substr(text, 1, 2001), ' ', ''), char(9), ''), char(10), ''), char(13), '')),
        ' ' || char(9, 10, 13)), ''), substr(text, 1, 2000)) END,
    CASE WHEN length(tags) <= 300 THEN tags ELSE coalesce(nullif(rtrim(rtrim(substr(tags, 1, 301),
        replace(replace(replace(replace(substr(tags, 1, 301), ' ', ''), char(9), ''), char(10), ''), char(13), '')),
        ' ' || char(9, 10, 13)), ''), substr(tags, 1, 300)) END
FROM story_search;
