-- Articles submitted for extraction, with their citation, and the candidate records read from them,
-- each pending until an editor accepts (the record is written) or rejects it.

CREATE TABLE extractions (
    id {{id}},
    text TEXT NOT NULL,
    outlet TEXT NOT NULL,
    title TEXT NOT NULL,
    url TEXT NOT NULL DEFAULT '',
    published TEXT NOT NULL DEFAULT '',
    created_by TEXT NOT NULL,
    created_at TEXT NOT NULL,
    state TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'reviewed')),
    source_key TEXT NOT NULL DEFAULT ''  -- The source record accepted candidates cite; '' until one is.
);

CREATE TABLE extraction_candidates (
    extraction_id {{bigint}} NOT NULL REFERENCES extractions (id),
    idx INTEGER NOT NULL,  -- 1-based, in the order the extractor gave them.
    kind TEXT NOT NULL,
    record TEXT NOT NULL,  -- The candidate's fields as a JSON object.
    span_start INTEGER NOT NULL,
    span_end INTEGER NOT NULL,
    rule TEXT NOT NULL,
    confidence {{real}} NOT NULL,
    match_status TEXT NOT NULL,
    match_key TEXT NOT NULL DEFAULT '',
    state TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'accepted', 'rejected')),
    record_key TEXT NOT NULL DEFAULT '',  -- The key of the record written on acceptance.
    decided_by TEXT NOT NULL DEFAULT '',
    decided_at TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (extraction_id, idx)
);
