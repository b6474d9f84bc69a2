-- Each alert keeps its title and detail as message codes with parameters (JSON, written by the app
-- layer), so it is said in the reader's language after its condition has passed; '' for alerts
-- raised before this migration.
ALTER TABLE alerts ADD COLUMN messages TEXT NOT NULL DEFAULT '';
