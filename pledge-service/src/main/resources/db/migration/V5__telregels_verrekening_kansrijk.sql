-- The counting rules of a cycle (issue 14.5), set by the minister. Without a row the cycle counts by the law's own
-- definition only (a durable place: available for at least five years).
create table telregels (
    cyclus                       varchar(20)  primary key,
    minimale_omvang_meer_dan     integer      not null check (minimale_omvang_meer_dan >= 0),
    telwijze                     varchar(20)  not null,         -- PER_LOCATIE, PER_GEMEENTE
    minimum_duur_jaren           integer      not null check (minimum_duur_jaren >= 1),
    beschikbaar_uiterlijk_vanaf  date,                          -- places must be available on or before this day
    beschikbaar_ten_minste_tot   date,                          -- and stay available until at least this day
    bron                         varchar(2000) not null,
    vastgesteld_door             varchar(100) not null,
    vastgesteld_op               timestamptz  not null,
    versie                       integer      not null default 0
);

-- Places of one municipality credited to another (issue 14.6), also across provinces: recorded by the province of
-- one side, confirmed by the province of the other; only a confirmed crediting counts.
create table verrekening (
    id                  uuid          primary key,
    cyclus              varchar(20)   not null,
    van_gemeentecode    varchar(6)    not null check (van_gemeentecode ~ '^GM[0-9]{4}$'),
    van_provinciecode   varchar(4)    not null,
    naar_gemeentecode   varchar(6)    not null check (naar_gemeentecode ~ '^GM[0-9]{4}$'),
    naar_provinciecode  varchar(4)    not null,
    aantal_plaatsen     integer       not null check (aantal_plaatsen > 0),
    tot                 date          not null,
    voorwaarde          varchar(1000) not null,
    status              varchar(20)   not null,                 -- VASTGELEGD, BEVESTIGD
    vastgelegd_namens   varchar(4)    not null,
    vastgelegd_door     varchar(100)  not null,
    vastgelegd_op       timestamptz   not null,
    bevestigd_namens    varchar(4),
    bevestigd_door      varchar(100),
    bevestigd_op        timestamptz,
    check (van_gemeentecode <> naar_gemeentecode)
);

create index verrekening_van on verrekening (cyclus, van_provinciecode);
create index verrekening_naar on verrekening (cyclus, naar_provinciecode);

-- Pledges the minister accepted in a draft decision as promising initiatives (issue 14.7), with the criterion.
create table kansrijk_initiatief (
    id              uuid          primary key,
    besluit_id      uuid          not null references verdeelbesluit (id),
    toezegging_id   uuid          not null references toezegging (id),
    cyclus          varchar(20)   not null,
    provinciecode   varchar(4)    not null,
    gemeentecode    varchar(6)    not null,
    aantal_plaatsen integer       not null,
    aantal_amv      integer       not null,
    criterium       varchar(60)   not null,
    reden           varchar(1000) not null,
    aanvaard_door   varchar(100)  not null,
    aanvaard_op     timestamptz   not null,
    unique (besluit_id, toezegging_id)
);

-- What a plan credits from or to other municipalities, beside what was pledged.
alter table provinciaal_plan add column verrekend integer not null default 0;
alter table provinciaal_plan_gemeente add column verrekend integer not null default 0;
