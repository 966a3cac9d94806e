-- Stories imported from briefs. Columns that pages list, sort or filter on are real columns;
-- the whole parsed brief is kept as JSON (the importer's contract) for the story page and API.
CREATE TABLE stories (
    id INTEGER PRIMARY KEY,
    source TEXT NOT NULL UNIQUE,          -- file name of the brief: its identity across re-imports
    slug TEXT NOT NULL UNIQUE,            -- the address; kept when a changed brief is re-imported
    content_hash TEXT NOT NULL,           -- of the file's bytes and the parser version
    published TEXT NOT NULL,              -- ISO date
    headline TEXT NOT NULL,
    dek TEXT NOT NULL,
    document TEXT NOT NULL,
    imported_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

CREATE INDEX ix_stories_published ON stories (published DESC, id DESC);

CREATE TABLE tags (
    id INTEGER PRIMARY KEY,
    slug TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    emoji TEXT NOT NULL
);

CREATE TABLE story_tags (
    story_id INTEGER NOT NULL REFERENCES stories (id) ON DELETE CASCADE,
    tag_id INTEGER NOT NULL REFERENCES tags (id),
    position INTEGER NOT NULL,
    PRIMARY KEY (story_id, tag_id)
);

CREATE INDEX ix_story_tags_tag ON story_tags (tag_id, story_id);

CREATE TABLE story_actions (
    story_id INTEGER NOT NULL REFERENCES stories (id) ON DELETE CASCADE,
    number INTEGER NOT NULL,
    kind TEXT NOT NULL,
    channel TEXT NOT NULL,
    title TEXT NOT NULL,
    PRIMARY KEY (story_id, number)
);
