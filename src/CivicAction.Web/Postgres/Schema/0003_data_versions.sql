-- A counter per kind of content, bumped in the same transaction as the change it announces.
-- The web app polls it to drop cached pages when another process (the import command) changes stories.
CREATE TABLE data_versions (
    name TEXT PRIMARY KEY,
    version BIGINT NOT NULL
);

INSERT INTO data_versions (name, version) VALUES ('stories', 0);
