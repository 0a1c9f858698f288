-- The gold layer (the curator's result) is the layer of a system user who can never sign in.
-- "system_user" is quoted: it is a reserved word since PostgreSQL 16 (RewrittenMigrations).
alter table app_user add column "system_user" boolean not null default false;
insert into app_user (username, password_hash, display_name, admin, "system_user")
values ('gold', '{noop}' || md5(random()::text) || md5(random()::text), 'Gold layer (curation)', false, true)
on conflict (username) do update set "system_user" = true;
