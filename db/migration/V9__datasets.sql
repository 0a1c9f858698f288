-- A document's key in exports: the id it came with (JSONL "id", a brat file name), else a prefix
-- of its SHA-256. Stable across projects, so a re-imported export exports the same again.
alter table document
    add column external_id varchar(200),
    add column meta        jsonb;
create unique index document_external_id on document (project_id, external_id) where external_id is not null;

-- Where a document falls in a train/dev/test split: a number in [0, 1) from the SHA-256 of
-- salt ':' key. The same formula lives in SplitAssigner; a test keeps the two equal.
create function claimdesk_split_fraction(salt text, doc_key text) returns double precision
    language sql immutable strict parallel safe as $$
    select ('x' || substr(encode(sha256(convert_to(salt || ':' || doc_key, 'UTF8')), 'hex'), 1, 13))::bit(52)::bigint
           / 4503599627370496.0::double precision
$$;
