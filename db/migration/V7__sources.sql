-- Sources normalized per project: attribution spans ("Andrei Krutskikh", "Krutskikh", "he")
-- point at one source entity, so claims can be grouped by who made them.
create table source_entity (
    id          bigserial primary key,
    project_id  bigint       not null references project (id) on delete cascade,
    name        varchar(300) not null check (length(trim(name)) > 0)
);
create unique index source_entity_name on source_entity (project_id, lower(name));

create table attribution_source (
    span_id    bigint primary key references span (id) on delete cascade,
    source_id  bigint not null references source_entity (id) on delete cascade
);
create index attribution_source_source on attribution_source (source_id);
