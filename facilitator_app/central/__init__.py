"""The organisers' central store, where every facilitator's bundle is merged (SQLite or
PostgreSQL through the same SQLAlchemy code); ``docs/merge.md`` states the merge rules."""
