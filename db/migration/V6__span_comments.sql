-- Comments on spans: an annotator's question for the curator, open until a curator resolves it.
create table span_comment (
    id           bigserial primary key,
    span_id      bigint      not null references span (id) on delete cascade,
    document_id  bigint      not null references document (id) on delete cascade,
    author_id    bigint      not null references app_user (id),
    text         text        not null check (length(text) between 1 and 5000),
    created_at   timestamptz not null default now(),
    resolved_by  bigint references app_user (id),
    resolved_at  timestamptz
);
create index span_comment_open on span_comment (document_id) where resolved_at is null;
create index span_comment_span on span_comment (span_id);
