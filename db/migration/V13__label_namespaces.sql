-- Span labels and link types no longer share one namespace: a relation type or an event role
-- may be named like a span label (brat's "Content" role beside its "Content" entity type).
-- Event roles (kind ROLE) are links from an event's trigger span to its arguments; relation
-- types and roles share the link namespace, so a link's type names exactly one of them.
alter table label drop constraint label_project_id_name_key;
alter table label drop constraint label_kind_check;
alter table label add constraint label_kind_check check (kind in ('SPAN', 'RELATION', 'ROLE'));
create unique index label_span_name on label (project_id, name) where kind = 'SPAN';
create unique index label_link_name on label (project_id, name) where kind <> 'SPAN';
