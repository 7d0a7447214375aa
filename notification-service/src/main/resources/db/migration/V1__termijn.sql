-- One deadline of a cycle for one organisation (or for everyone when organisatie is null),
-- derived from the events of allocation- and pledge-service.
create table termijn (
    id            uuid         primary key,
    cyclus        varchar(20)  not null,                -- e.g. 2024-2026
    soort         varchar(40)  not null,                -- RAMING, PROVINCIAAL_PLAN, VERDEELBESLUIT, REALISATIE, VOLGENDE_CYCLUS
    organisatie   varchar(6),                           -- PV27, GM0363; null: applies to all
    vervaldatum   date         not null,
    omschrijving  varchar(500) not null,
    afgerond_op   timestamptz,                          -- the organisation did what was due
    unique (cyclus, soort, organisatie)
);

create index termijn_per_organisatie on termijn (organisatie, vervaldatum);
