-- A submitted provincial plan: a snapshot of the durable asylum pledges of the province, checked against the task.
-- Immutable once submitted; a new version replaces it (status VERVANGEN) and the old one stays as history.
create table provinciaal_plan (
    id                  uuid         primary key,
    cyclus              varchar(20)  not null,
    provinciecode       varchar(4)   not null check (provinciecode ~ '^PV[0-9]{2}$'),
    planversie          integer      not null,
    status              varchar(20)  not null,                 -- INGEDIEND, VERVANGEN
    ingediend_op        timestamptz  not null,
    ingediend_door      varchar(100) not null,
    te_laat             boolean      not null,
    opgave              integer      not null,
    bestaande_plaatsen  integer      not null,
    toegezegd           integer      not null,
    amv_opgave          integer      not null,
    amv_toegezegd       integer      not null,
    dekt_opgave         boolean      not null,
    tekort              integer      not null,
    amv_tekort          integer      not null,
    toelichting         varchar(2000),
    unique (cyclus, provinciecode, planversie)
);

create unique index provinciaal_plan_een_geldig on provinciaal_plan (cyclus, provinciecode) where status = 'INGEDIEND';

create table provinciaal_plan_gemeente (
    id                  uuid         primary key,
    plan_id             uuid         not null references provinciaal_plan (id),
    gemeentecode        varchar(6)   not null,
    naam                varchar(200) not null,
    opgave              integer      not null,
    bestaande_plaatsen  integer      not null,
    amv_opgave          integer      not null,
    toegezegd           integer      not null,
    amv_toegezegd       integer      not null,
    tekort              integer      not null,                 -- what it still lacks of its own indicative task
    amv_tekort          integer      not null,
    locaties            text         not null                  -- JSON array of the pledges counted
);

create index provinciaal_plan_gemeente_per_plan on provinciaal_plan_gemeente (plan_id);

-- The minister's distribution decision per cycle: CONCEPT (designations adjustable) until GENOMEN (immutable).
create table verdeelbesluit (
    id                   uuid         primary key,
    cyclus               varchar(20)  not null,
    status               varchar(20)  not null,                -- CONCEPT, GENOMEN
    regel                varchar(50)  not null,
    besluitdatum         date,
    realisatie_uiterlijk date,
    opgesteld_door       varchar(100) not null,
    opgesteld_op         timestamptz  not null,
    genomen_door         varchar(100),
    genomen_op           timestamptz,
    versie               integer      not null default 0
);

create unique index verdeelbesluit_een_per_cyclus on verdeelbesluit (cyclus);

-- Per province the basis of the decision: its submitted plan, or its pledges when it submitted none.
create table verdeelbesluit_provincie (
    id             uuid        primary key,
    besluit_id     uuid        not null references verdeelbesluit (id),
    provinciecode  varchar(4)  not null,
    plan_id        uuid,
    tekort         integer     not null,
    amv_tekort     integer     not null
);

create table aanwijzing (
    id                       uuid         primary key,
    besluit_id               uuid         not null references verdeelbesluit (id),
    cyclus                   varchar(20)  not null,
    provinciecode            varchar(4)   not null,
    gemeentecode             varchar(6)   not null,
    aantal_plaatsen          integer      not null check (aantal_plaatsen >= 0),
    aantal_amv               integer      not null check (aantal_amv >= 0),
    voorgesteld_plaatsen     integer      not null,             -- what the rule proposed
    voorgesteld_amv          integer      not null,
    toelichting              varchar(2000),
    status                   varchar(30)  not null,             -- VOORGESTELD, AANGEWEZEN, GEREALISEERD, TERMIJN_VERSTREKEN, INDEPLAATSSTELLING
    realisatie_uiterlijk     date,
    termijn_verstreken_op    timestamptz,
    indeplaatsstelling_op    timestamptz,
    indeplaatsstelling_door  varchar(100),
    unique (besluit_id, gemeentecode)
);

create index aanwijzing_termijn on aanwijzing (realisatie_uiterlijk) where status = 'AANGEWEZEN';
create index aanwijzing_per_gemeente on aanwijzing (cyclus, gemeentecode);

-- A municipality's report of the places available at a location; the latest report per location counts.
create table realisatie (
    id                 uuid         primary key,
    cyclus             varchar(20)  not null,
    provinciecode      varchar(4)   not null,
    gemeentecode       varchar(6)   not null,
    locatie            varchar(200) not null,
    doelgroep          varchar(30)  not null,
    aantal_gerealiseerd integer     not null check (aantal_gerealiseerd >= 0),
    duurzaam           boolean      not null,
    aanwijzing_id      uuid         references aanwijzing (id),
    toezegging_id      uuid         references toezegging (id),
    gemeld_op          timestamptz  not null,
    gemeld_door        varchar(100) not null
);

create index realisatie_per_gemeente on realisatie (cyclus, gemeentecode, doelgroep, locatie, gemeld_op);
create index realisatie_per_aanwijzing on realisatie (aanwijzing_id);
