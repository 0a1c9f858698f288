-- Undo and redo are derived from the event log: the events one transaction appended form one
-- step, and an undo (redo) step names the event each of its events reverses.
-- Events from before this migration keep tx null and count as one step each.
alter table annotation_event
    add column tx     bigint,
    add column undoes bigint,
    add column redoes bigint;
alter table annotation_event alter column tx set default txid_current();
create index annotation_event_actor on annotation_event (document_id, actor_id, id);
