-- A municipality's pledge of reception places at a location, agreed at the provincial table (PRT).
create table toezegging (
    id                 uuid         primary key,
    cyclus             varchar(20)  not null,                     -- e.g. 2024-2026
    provinciecode      varchar(4)    not null check (provinciecode ~ '^PV[0-9]{2}$'),
    gemeentecode       varchar(6)    not null check (gemeentecode ~ '^GM[0-9]{4}$'),
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
