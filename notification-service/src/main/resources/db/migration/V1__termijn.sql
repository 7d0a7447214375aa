-- One deadline of a cycle for one organisation (or for everyone when organisatie is null),
-- derived from the events of allocation- and pledge-service. The id is derived from (cyclus, soort, organisatie),
-- so it - and the iCalendar UID built from it - is the same on every replica and after every replay.
create table termijn (
    id            uuid         primary key,
    cyclus        varchar(20)  not null,                -- e.g. 2024-2026
    soort         varchar(40)  not null,                -- RAMING, PROVINCIAAL_PLAN, VERDEELBESLUIT, REALISATIE, VOLGENDE_CYCLUS
    organisatie   varchar(6),                           -- PV27, GM0363; null: applies to all
    vervaldatum   date         not null,
    omschrijving  varchar(500) not null,
    afgerond_op   timestamptz,                          -- the organisation did what was due
    gewijzigd_op  timestamptz  not null default now(),
    constraint termijn_uniek unique nulls not distinct (cyclus, soort, organisatie)
);

create index termijn_per_organisatie on termijn (organisatie, vervaldatum);
create index termijn_open on termijn (vervaldatum) where afgerond_op is null;
