-- How a match ranks (SQLite's 0009 sets FTS5's bm25 weights): ts_rank with the weights of the four parts, in the
-- same order as on SQLite, headline (A) > dek (B) > tags (C) > text (D); ts_rank takes them as {D, C, B, A}. The
-- 1 divides the rank by 1 + the log of the document's length, so a long story does not win by its length alone.
CREATE FUNCTION story_search_rank(document TSVECTOR, query TSQUERY) RETURNS REAL
LANGUAGE SQL IMMUTABLE PARALLEL SAFE
RETURN ts_rank('{0.1, 0.3, 0.4, 1.0}', document, query, 1);
