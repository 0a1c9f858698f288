-- Trigram similarity finds claims with the same or nearly the same text across a project.
-- pg_trgm ships with PostgreSQL (contrib); an external database must allow CREATE EXTENSION.
create extension if not exists pg_trgm;
create index span_text_trgm on span using gin (covered_text gin_trgm_ops);
