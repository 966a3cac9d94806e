-- PostgreSQL's side of the full-text index over stories (SQLite's is an FTS5 table): one tsvector per story, its
-- headline, dek, tags and text weighted A, B, C and D (Postgres/PostgresStorySearchIndex.cs writes it), under a GIN
-- index. The text itself is not kept here: the story's document has it.
CREATE TABLE story_search (
    story_id BIGINT PRIMARY KEY REFERENCES stories (id) ON DELETE CASCADE,
    document TSVECTOR NOT NULL
);

CREATE INDEX ix_story_search_document ON story_search USING GIN (document);
