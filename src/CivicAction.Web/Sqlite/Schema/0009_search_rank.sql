-- SQLite-only: FTS5 ranks matches itself with this function when a query says ORDER BY rank,
-- so a search computes snippets only for the page it shows, not for every match.
-- Headline matches weigh most, then the dek, the tags and the text.
INSERT INTO story_search (story_search, rank) VALUES ('rank', 'bm25(10.0, 4.0, 1.0, 3.0)');
