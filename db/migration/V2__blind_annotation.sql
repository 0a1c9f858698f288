-- Blind annotation: annotators do not see each other's layers (curators always do).
alter table project add column blind boolean not null default false;
