-- Where an adopted distribution comes from: the minister took over a published table (cycle 1: the indicative
-- distribution in Stcrt. 2024, 3320) instead of calculating it. One row per adopted distribution; a calculated one has
-- none. The file's SHA-256 lets anyone check which upload became the distribution. Immutable like the distribution.
create table verdeling_bron (
    verdeling_id      uuid          primary key references verdeling (id),
    publicatie        varchar(200)  not null,
    publicatiedatum   date          not null,
    url               varchar(2000) not null,
    bestand_sha256    varchar(64)   not null check (bestand_sha256 ~ '^[0-9a-f]{64}$')
);

create trigger verdeling_bron_onveranderlijk before update or delete on verdeling_bron
    for each row execute function weiger_wijziging();
