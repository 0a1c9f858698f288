-- The schema editor: labels get a description and an optional fact-check role, so the claims
-- table, provenance and the claim exports work on a schema named in any language; a link type
-- may allow several source and target labels (null = any); the project's schema has a version of
-- its own (a stale PUT gets 409) and Markdown guidelines.
alter table label add column description text;
alter table label add column fact_role varchar(16)
    check (fact_role in ('CLAIM', 'ATTRIBUTION', 'SOURCE', 'CUE', 'DENIAL', 'ATTRIBUTED_TO', 'DENIES'));
alter table label add column source_labels text[];
alter table label add column target_labels text[];
update label set source_labels = array[source_label] where source_label is not null;
update label set target_labels = array[target_label] where target_label is not null;
alter table label drop column source_label;
alter table label drop column target_label;

-- projects made before roles existed keep working: the default schema's names get their roles
update label set fact_role = name where kind = 'SPAN' and name in ('CLAIM', 'ATTRIBUTION', 'DENIAL');
update label set fact_role = name where kind = 'RELATION' and name in ('ATTRIBUTED_TO', 'DENIES');

alter table project add column schema_version bigint not null default 0;
alter table project add column guidelines text not null default '';
