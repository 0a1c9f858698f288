-- ClaimDesk foundation schema. Offsets (start_cp, end_cp, fragments) are Unicode code points
-- into document.text, the unit every export and the REST API use.

create table app_user (
    id            bigserial primary key,
    username      varchar(64)  not null unique,
    password_hash varchar(200) not null,
    display_name  varchar(200) not null,
    admin         boolean      not null default false,
    created_at    timestamptz  not null default now(),
    version       bigint       not null default 0,
    constraint username_format check (username ~ '^[A-Za-z0-9._-]{2,64}$')
);

create table project (
    id              bigserial primary key,
    name            varchar(200) not null,
    snap_to_words   boolean      not null default true,
    created_at      timestamptz  not null default now(),
    version         bigint       not null default 0
);
create unique index project_name_unique on project (lower(name));

create table project_member (
    id          bigserial primary key,
    project_id  bigint      not null references project (id) on delete cascade,
    user_id     bigint      not null references app_user (id) on delete cascade,
    role        varchar(16) not null check (role in ('OWNER', 'CURATOR', 'ANNOTATOR', 'VIEWER')),
    unique (project_id, user_id)
);
create index project_member_user on project_member (user_id);

create table label (
    id            bigserial primary key,
    project_id    bigint      not null references project (id) on delete cascade,
    name          varchar(64) not null,
    kind          varchar(16) not null check (kind in ('SPAN', 'RELATION')),
    color         varchar(7)  not null check (color ~ '^#[0-9a-fA-F]{6}$'),
    shortcut      varchar(1),
    source_label  varchar(64),
    target_label  varchar(64),
    sort_order    int         not null default 0,
    unique (project_id, name)
);

create table document (
    id            bigserial primary key,
    project_id    bigint       not null references project (id) on delete cascade,
    title         varchar(500) not null,
    text          text         not null,
    sha256        varchar(64)  not null check (sha256 ~ '^[0-9a-f]{64}$'),
    length_cp     int          not null,
    source_url    varchar(2000),
    publisher     varchar(300),
    published_on  date,
    created_by    bigint references app_user (id) on delete set null,
    created_at    timestamptz  not null default now(),
    unique (project_id, sha256)
);
create index document_project on document (project_id, id);

create table annotator_state (
    id           bigserial primary key,
    document_id  bigint      not null references document (id) on delete cascade,
    user_id      bigint      not null references app_user (id) on delete cascade,
    state        varchar(16) not null check (state in ('NEW', 'IN_PROGRESS', 'FINISHED')),
    updated_at   timestamptz not null default now(),
    version      bigint      not null default 0,
    unique (document_id, user_id)
);

create table span (
    id            bigserial primary key,
    document_id   bigint      not null references document (id) on delete cascade,
    annotator_id  bigint      not null references app_user (id),
    label_id      bigint      not null references label (id),
    start_cp      int         not null,
    end_cp        int         not null,
    -- flattened [start0, end0, start1, end1, ...], sorted and disjoint
    fragments     int[]       not null,
    covered_text  text        not null,
    note          text,
    origin        varchar(16) not null default 'MANUAL' check (origin in ('MANUAL', 'SUGGESTED', 'IMPORTED')),
    attributes    jsonb       not null default '{}'::jsonb,
    created_at    timestamptz not null default now(),
    updated_at    timestamptz not null default now(),
    version       bigint      not null default 0,
    constraint span_bounds check (start_cp >= 0 and start_cp < end_cp),
    constraint span_fragments_even check (cardinality(fragments) >= 2 and cardinality(fragments) % 2 = 0)
);
create index span_layer on span (document_id, annotator_id, start_cp);

create table relation (
    id              bigserial primary key,
    document_id     bigint      not null references document (id) on delete cascade,
    annotator_id    bigint      not null references app_user (id),
    label_id        bigint      not null references label (id),
    source_span_id  bigint      not null references span (id) on delete cascade,
    target_span_id  bigint      not null references span (id) on delete cascade,
    created_at      timestamptz not null default now(),
    version         bigint      not null default 0,
    constraint relation_not_self check (source_span_id <> target_span_id)
);
create index relation_layer on relation (document_id, annotator_id);
create index relation_source on relation (source_span_id);
create index relation_target on relation (target_span_id);

-- Provenance: every change to annotations is appended here and never rewritten.
create table annotation_event (
    id            bigserial primary key,
    document_id   bigint      not null references document (id) on delete cascade,
    actor_id      bigint      references app_user (id) on delete set null,
    at            timestamptz not null default now(),
    action        varchar(32) not null,
    entity        varchar(16) not null,
    entity_id     bigint      not null,
    before_state  jsonb,
    after_state   jsonb
);
create index annotation_event_document on annotation_event (document_id, at);

create function refuse_event_rewrite() returns trigger language plpgsql as $$
begin
    -- deleting a whole document (cascade) is the only way events go away
    if tg_op = 'DELETE' and not exists (select 1 from document d where d.id = old.document_id) then
        return old;
    end if;
    raise exception 'annotation_event is append-only (% refused)', tg_op;
end $$;

create trigger annotation_event_append_only
    before update or delete on annotation_event
    for each row execute function refuse_event_rewrite();
