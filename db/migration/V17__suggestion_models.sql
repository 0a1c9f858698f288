-- Learned suggestion models: trained in the background on a project's gold layer, kept here so
-- that every node serves the same model and it survives restarts. A new training adds a version;
-- the newest is served. Evaluation and learning curve are on documents the model never saw.
create table suggestion_model (
    id            bigserial    primary key,
    project_id    bigint       not null references project (id) on delete cascade,
    engine        varchar(64)  not null,
    version       int          not null,
    model         bytea        not null,
    labels        text[]       not null,
    trained_on    int          not null,
    held_out      int          not null,
    trained_at    timestamptz  not null default now(),
    training_ms   bigint       not null,
    settings      varchar(200) not null,
    -- {"learned": {label: {predicted, gold, exact, overlap}}, "rules": {...} or absent}
    evaluation    jsonb        not null,
    -- [{"documents", "exact", "overlap"}]: micro F1 on the hold-out against training size
    curve         jsonb        not null,
    unique (project_id, engine, version)
);

-- Which suggestions a project's members get: AUTO serves the learned model once it beats the
-- rules on the hold-out, RULES or LEARNED one engine, OFF none.
create table suggestion_setting (
    project_id  bigint      primary key references project (id) on delete cascade,
    mode        varchar(16) not null check (mode in ('AUTO', 'RULES', 'LEARNED', 'OFF')),
    updated_at  timestamptz not null default now()
);
