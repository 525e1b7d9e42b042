-- The central store's schema 1 as PostgreSQL creates it (make_central_schema1_store.py)

CREATE TABLE catalogues (
	sha256 VARCHAR(64) NOT NULL,
	catalogue_id VARCHAR(80) NOT NULL,
	version VARCHAR(40) NOT NULL,
	content JSON NOT NULL,
	first_seen_at TIMESTAMP WITH TIME ZONE NOT NULL,
	PRIMARY KEY (sha256)
);

CREATE TABLE central_meta (
	key VARCHAR(64) NOT NULL,
	value TEXT NOT NULL,
	PRIMARY KEY (key)
);

CREATE TABLE conflicts (
	contribution_uuid VARCHAR(36) NOT NULL,
	revision INTEGER NOT NULL,
	status VARCHAR(16) NOT NULL,
	resolution VARCHAR(16),
	kept_hash VARCHAR(64),
	detected_at TIMESTAMP WITH TIME ZONE NOT NULL,
	resolved_at TIMESTAMP WITH TIME ZONE,
	PRIMARY KEY (contribution_uuid, revision),
	CONSTRAINT ck_conflicts_status CHECK (status IN ('open', 'resolved', 'superseded'))
);

CREATE TABLE contributions (
	uuid VARCHAR(36) NOT NULL,
	revision INTEGER NOT NULL,
	content_hash VARCHAR(64) NOT NULL,
	run_uuid VARCHAR(36) NOT NULL,
	engagement_number INTEGER NOT NULL,
	question_key VARCHAR(16) NOT NULL,
	text TEXT NOT NULL,
	position INTEGER NOT NULL,
	starred BOOLEAN NOT NULL,
	deleted BOOLEAN NOT NULL,
	created_at TIMESTAMP WITH TIME ZONE NOT NULL,
	updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
	bundle_sha256 VARCHAR(64) NOT NULL,
	in_conflict BOOLEAN NOT NULL,
	PRIMARY KEY (uuid)
);

CREATE INDEX ix_contributions_report ON contributions (engagement_number, question_key, run_uuid, position);

CREATE TABLE keys (
	fingerprint VARCHAR(19) NOT NULL,
	public_key VARCHAR(44),
	facilitators JSON NOT NULL,
	status VARCHAR(16) NOT NULL,
	registered_at TIMESTAMP WITH TIME ZONE NOT NULL,
	note TEXT NOT NULL,
	PRIMARY KEY (fingerprint),
	CONSTRAINT ck_keys_status CHECK (status IN ('trusted', 'recorded'))
);

CREATE TABLE merges (
	id SERIAL NOT NULL,
	started_at TIMESTAMP WITH TIME ZONE NOT NULL,
	finished_at TIMESTAMP WITH TIME ZONE,
	who VARCHAR(200) NOT NULL,
	totals JSON NOT NULL,
	outcomes JSON NOT NULL,
	PRIMARY KEY (id)
);

CREATE TABLE notes (
	run_uuid VARCHAR(36) NOT NULL,
	engagement_number INTEGER NOT NULL,
	text TEXT NOT NULL,
	updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
	revision INTEGER NOT NULL,
	content_hash VARCHAR(64) NOT NULL,
	PRIMARY KEY (run_uuid, engagement_number)
);

CREATE TABLE versions (
	contribution_uuid VARCHAR(36) NOT NULL,
	revision INTEGER NOT NULL,
	content_hash VARCHAR(64) NOT NULL,
	run_uuid VARCHAR(36) NOT NULL,
	engagement_number INTEGER NOT NULL,
	question_key VARCHAR(16) NOT NULL,
	text TEXT NOT NULL,
	position INTEGER NOT NULL,
	starred BOOLEAN NOT NULL,
	deleted BOOLEAN NOT NULL,
	created_at TIMESTAMP WITH TIME ZONE NOT NULL,
	updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
	bundle_sha256 VARCHAR(64) NOT NULL,
	PRIMARY KEY (contribution_uuid, revision, content_hash),
	CONSTRAINT ck_versions_question CHECK (question_key IN ('indicators', 'inspirations', 'challenges', 'commitments'))
);

CREATE TABLE bundles (
	sha256 VARCHAR(64) NOT NULL,
	bundle_uuid VARCHAR(36) NOT NULL,
	file_name VARCHAR(500) NOT NULL,
	status VARCHAR(16) NOT NULL,
	reason TEXT,
	merge_id INTEGER,
	merged_at TIMESTAMP WITH TIME ZONE,
	received_at TIMESTAMP WITH TIME ZONE NOT NULL,
	fingerprint VARCHAR(19) NOT NULL,
	installation_id VARCHAR(36) NOT NULL,
	facilitators JSON NOT NULL,
	trust VARCHAR(16) NOT NULL,
	trust_note TEXT NOT NULL,
	catalogue_sha256 VARCHAR(64) NOT NULL,
	atelier_number INTEGER NOT NULL,
	run_uuid VARCHAR(36) NOT NULL,
	created_at TIMESTAMP WITH TIME ZONE NOT NULL,
	counts JSON NOT NULL,
	merged_counts JSON,
	content BYTEA,
	PRIMARY KEY (sha256),
	CONSTRAINT ck_bundles_status CHECK (status IN ('merged', 'quarantined')),
	CONSTRAINT ck_bundles_trust CHECK (trust IN ('trusted', 'recorded', 'new', 'flagged')),
	FOREIGN KEY(merge_id) REFERENCES merges (id)
);

CREATE TABLE runs (
	uuid VARCHAR(36) NOT NULL,
	catalogue_sha256 VARCHAR(64) NOT NULL,
	atelier_number INTEGER NOT NULL,
	facilitators JSON NOT NULL,
	participant_count INTEGER,
	organisations JSON NOT NULL,
	started_at TIMESTAMP WITH TIME ZONE,
	ended_at TIMESTAMP WITH TIME ZONE,
	created_at TIMESTAMP WITH TIME ZONE NOT NULL,
	updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
	revision INTEGER NOT NULL,
	content_hash VARCHAR(64) NOT NULL,
	installation_id VARCHAR(36) NOT NULL,
	bundle_sha256 VARCHAR(64) NOT NULL,
	PRIMARY KEY (uuid),
	FOREIGN KEY(catalogue_sha256) REFERENCES catalogues (sha256)
);
