-- A municipality's pledge of reception places at a location, agreed at the provincial table (PRT).
create table toezegging (
    id                 uuid         primary key,
    cyclus             varchar(20)  not null,                     -- e.g. 2024-2026
    provinciecode      varchar(4)   not null check (provinciecode ~ '^PV[0-9]{2}$'),
    gemeentecode       varchar(6)   not null check (gemeentecode ~ '^GM[0-9]{4}$'),
    locatie            varchar(200) not null,
    doelgroep          varchar(30)  not null,                     -- ASIEL, STATUSHOUDERS, OEKRAINE
    aantal_plaatsen    integer      not null check (aantal_plaatsen > 0),
    aantal_amv         integer      not null default 0 check (aantal_amv >= 0 and aantal_amv <= aantal_plaatsen),
    duurzaam           boolean      not null,                     -- available for at least five years
    beschikbaar_vanaf  date,
    beschikbaar_tot    date,
    status             varchar(20)  not null,                     -- GEPLAND, IN_VOORBEREIDING, GEREALISEERD, INGETROKKEN
    versie             integer      not null default 0,
    aangemaakt_op      timestamptz  not null default now(),
    gewijzigd_op       timestamptz  not null default now()
);

create index toezegging_per_cyclus_provincie on toezegging (cyclus, provinciecode);
create index toezegging_per_gemeente on toezegging (gemeentecode);

-- Audit trail: every change of a pledge, who made it, and the pledge before and after (JSON).
create table toezegging_historie (
    id             uuid         primary key,
    toezegging_id  uuid         not null references toezegging (id),
    actie          varchar(20)  not null,                         -- GEREGISTREERD, GEWIJZIGD, INGETROKKEN
    versie         integer      not null,                         -- version of the pledge after the change
    door           varchar(100) not null,
    op             timestamptz  not null,
    voor           text,                                          -- JSON, null for a registration
    na             text         not null                          -- JSON
);

create index toezegging_historie_per_toezegging on toezegging_historie (toezegging_id, op);

-- Idempotency-Key of a create: the same key with the same request returns the pledge it created.
create table idempotentie_sleutel (
    sleutel        varchar(200) primary key,
    verzoek_hash   varchar(64)  not null,                         -- SHA-256 of the canonical request
    toezegging_id  uuid         not null,
    aangemaakt_op  timestamptz  not null default now()
);

-- A trade between target groups agreed at the provincial table: the municipality (or the province as a whole)
-- provides aantal_plaatsen more of naar_doelgroep in exchange for as many fewer of van_doelgroep.
create table uitruil (
    id              uuid         primary key,
    cyclus          varchar(20)  not null,
    provinciecode   varchar(4)   not null check (provinciecode ~ '^PV[0-9]{2}$'),
    gemeentecode    varchar(6)   check (gemeentecode ~ '^GM[0-9]{4}$'),
    van_doelgroep   varchar(30)  not null,
    naar_doelgroep  varchar(30)  not null check (naar_doelgroep <> van_doelgroep),
    aantal_plaatsen integer      not null check (aantal_plaatsen > 0),
    reden           varchar(1000) not null,
    vastgelegd_door varchar(100) not null,
    vastgelegd_op   timestamptz  not null
);

create index uitruil_per_cyclus_provincie on uitruil (cyclus, provinciecode);
