-- Read model of allocation-service's events: the cycle's deadlines and the published tasks.
create table cyclus (
    cyclus                 varchar(20) primary key,
    referentiejaar         integer,
    raming                 date,
    provinciaal_plan       date,
    verdeelbesluit         date,
    realisatie_maanden     integer     not null default 6,
    volgende_cyclus        date,
    bijgewerkt_op          timestamptz not null
);

-- The version of each target group's distribution this read model holds; an older version arriving late is ignored.
create table verdeling (
    cyclus         varchar(20) not null,
    doelgroep      varchar(30) not null,
    verdeling_id   varchar(100) not null,
    versie         integer     not null,
    totaal         integer,
    amv_totaal     integer,
    vastgesteld_op timestamptz,
    bijgewerkt_op  timestamptz not null,
    primary key (cyclus, doelgroep)
);

-- One row per cycle, target group and area (province or municipality) of the current distribution version.
create table opgave (
    id                 uuid        primary key,
    cyclus             varchar(20) not null,
    doelgroep          varchar(30) not null,
    niveau             varchar(10) not null,                       -- PROVINCIE or GEMEENTE
    code               varchar(6)  not null,                       -- PV27 or GM0363
    provinciecode      varchar(4)  not null,
    naam               varchar(200) not null,
    aantal_inwoners    bigint      not null,
    opgave             integer     not null,
    amv                integer     not null,
    bestaande_plaatsen integer     not null,
    resterende_opgave  integer     not null,
    versie             integer     not null,
    unique (cyclus, doelgroep, niveau, code)
);

create index opgave_per_provincie on opgave (cyclus, doelgroep, provinciecode);
