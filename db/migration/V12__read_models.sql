-- Read models: what a module publishes of its tables for the modules above it to read in SQL
-- (export, the claims table). The module that owns the tables owns the view; readers name the
-- view, never the tables behind it. A column a view uses cannot be dropped or retyped without
-- changing the view, so a schema change shows up in the migration that makes it.
-- Left joins on unique keys let PostgreSQL drop a join whose columns a query does not use.

-- document: a project's documents, with the key exports name them by
create view document_rows as
select d.id, d.project_id, coalesce(d.external_id, substr(d.sha256, 1, 16)) as key, d.title, d.source_url,
       d.publisher, d.published_on, d.text
from document d;

-- annotation: spans and relations of every layer, with label and annotator by name
create view annotation_spans as
select s.id, s.document_id, d.project_id, s.annotator_id, u.username as annotator, s.label_id, l.name as label,
       s.start_cp, s.end_cp, s.fragments, s.covered_text, s.note
from span s
left join document d on d.id = s.document_id
left join label l on l.id = s.label_id
left join app_user u on u.id = s.annotator_id;

create view annotation_relations as
select r.id, r.document_id, r.annotator_id, l.name as type, r.source_span_id, r.target_span_id
from relation r
left join label l on l.id = r.label_id;

create view annotation_states as
select document_id, user_id, state from annotator_state;

-- review: verdicts with their reviewer by name, their evidence, and the sources of attributions
create view review_verdicts as
select cr.id, cr.document_id, cr.span_id, cr.verdict, cr.reviewer_id, u.username as reviewer, cr.updated_at
from claim_review cr
left join app_user u on u.id = cr.reviewer_id;

create view review_evidence as
select review_id, position, url, quote, note from evidence;

create view review_sources as
select a.span_id, e.id as source_id, e.name
from attribution_source a
join source_entity e on e.id = a.source_id;
