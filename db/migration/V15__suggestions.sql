-- Suggestions: what an engine proposed for a document, computed once per model version (so a
-- suggestion id is stable for that version), and each reviewer's decisions on them. A decision
-- is kept by what was proposed (item_key: label and offsets of a span, or type and both ends of a
-- link), not by id, so a rejected suggestion is never proposed to that reviewer again, whatever
-- model proposes it next.
create table suggestion (
    id             bigserial primary key,
    document_id    bigint       not null references document (id) on delete cascade,
    engine         varchar(64)  not null,
    model_version  varchar(64)  not null,
    group_no       int          not null,
    label_id       bigint       not null references label (id) on delete cascade,
    start_cp       int,
    end_cp         int,
    from_id        bigint references suggestion (id) on delete cascade,
    to_id          bigint references suggestion (id) on delete cascade,
    score          real         not null check (score >= 0 and score <= 1),
    constraint suggestion_span_or_link check (
        (start_cp is not null and end_cp is not null and from_id is null and to_id is null and start_cp < end_cp)
        or (start_cp is null and end_cp is null and from_id is not null and to_id is not null))
);
create index suggestion_document on suggestion (document_id, engine, model_version);

create table suggestion_run (
    document_id    bigint       not null references document (id) on delete cascade,
    engine         varchar(64)  not null,
    model_version  varchar(64)  not null,
    computed_at    timestamptz  not null default now(),
    primary key (document_id, engine, model_version)
);

create table suggestion_decision (
    id             bigserial primary key,
    document_id    bigint       not null references document (id) on delete cascade,
    user_id        bigint       not null references app_user (id) on delete cascade,
    item_key       varchar(200) not null,
    label_id       bigint       not null references label (id) on delete cascade,
    decision       varchar(8)   not null check (decision in ('ACCEPTED', 'REJECTED')),
    engine         varchar(64)  not null,
    model_version  varchar(64)  not null,
    span_id        bigint,
    decided_at     timestamptz  not null default now(),
    unique (document_id, user_id, item_key)
);
