-- Verdicts and comments get their own history, written by the review module that owns them,
-- instead of rows in annotation's event log. Earlier rows move over, oldest first.
create table review_event (
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
create index review_event_document on review_event (document_id, at);
create index review_event_item on review_event (entity, entity_id);

create function refuse_review_event_rewrite() returns trigger language plpgsql as $$
begin
    -- deleting a whole document (cascade) is the only way events go away
    if tg_op = 'DELETE' and not exists (select 1 from document d where d.id = old.document_id) then
        return old;
    end if;
    raise exception 'review_event is append-only (% refused)', tg_op;
end $$;

create trigger review_event_append_only
    before update or delete on review_event
    for each row execute function refuse_review_event_rewrite();

insert into review_event (document_id, actor_id, at, action, entity, entity_id, before_state, after_state)
select document_id, actor_id, at, action, entity, entity_id, before_state, after_state
from annotation_event where entity in ('review', 'comment') order by id;

alter table annotation_event disable trigger annotation_event_append_only;
delete from annotation_event where entity in ('review', 'comment');
alter table annotation_event enable trigger annotation_event_append_only;
