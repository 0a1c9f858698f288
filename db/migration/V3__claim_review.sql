-- Claim review: a reviewer's verdict on a CLAIM span, on the project's rating scale, with evidence.
alter table project add column rating_scale text[] not null
    default array['true', 'mostly true', 'mixed', 'mostly false', 'false', 'unverifiable'];

create table claim_review (
    id           bigserial primary key,
    span_id      bigint      not null references span (id) on delete cascade,
    document_id  bigint      not null references document (id) on delete cascade,
    reviewer_id  bigint      not null references app_user (id),
    verdict      varchar(64) not null,
    created_at   timestamptz not null default now(),
    updated_at   timestamptz not null default now(),
    version      bigint      not null default 0,
    unique (span_id, reviewer_id)
);
create index claim_review_document on claim_review (document_id);

create table evidence (
    id         bigserial primary key,
    review_id  bigint not null references claim_review (id) on delete cascade,
    position   int    not null,
    url        varchar(2000),
    quote      text,
    note       text,
    unique (review_id, position),
    constraint evidence_not_empty check (url is not null or quote is not null or note is not null)
);
