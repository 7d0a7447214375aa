-- The letter's (and later) legal dates: a date that a group of organisations must act on, each with its source, kept
-- as history. A date is never edited: a later decision (an extension, a correction) is a new row that supersedes the
-- old one (vervangt / vervangen_door); the old row stays, visibly superseded. sleutel names what the date is and is the
-- same across supersessions, so at most one row per sleutel is in force.
create table wettelijke_datum (
    id              uuid           primary key,
    sleutel         varchar(60)    not null,                 -- e.g. RTB_EINDE
    datum           date           not null,
    omschrijving    varchar(500)   not null,
    doelgroepen     varchar(40)[]  not null,                 -- GEMEENTEN, REGIONALE_OPENBARE_LICHAMEN, PROVINCIES, COA
    bron            varchar(1000)  not null,                 -- the citation: document, date, article or paragraph
    bron_url        varchar(2000),
    brontekst       varchar(4000)  not null,                 -- the source's own sentence(s), verbatim
    toelichting     varchar(2000),                           -- how the date follows from the source (computed dates)
    vervangt        uuid           references wettelijke_datum (id),
    vervangen_door  uuid           references wettelijke_datum (id) deferrable initially deferred, -- set before its successor exists
    vervangen_op    timestamptz,
    vastgelegd_door varchar(100)   not null,
    vastgelegd_op   timestamptz    not null,
    constraint wettelijke_datum_vervangt_eenmaal unique (vervangt),
    constraint wettelijke_datum_doelgroepen check (cardinality(doelgroepen) > 0)
);

create unique index wettelijke_datum_een_geldende on wettelijke_datum (sleutel) where vervangen_door is null;
create index wettelijke_datum_op_datum on wettelijke_datum (datum);

-- A reminder of a legal date fires once per (date, kind) across replicas and restarts, as herinnering does for deadlines.
create table wettelijke_datum_herinnering (
    id                  uuid         primary key,
    wettelijke_datum_id uuid         not null references wettelijke_datum (id) on delete cascade,
    soort               varchar(10)  not null,               -- D30, D14, D7, D1, D0
    notificatie_id      uuid         not null references notificatie (id) deferrable initially deferred,
    aangemaakt_op       timestamptz  not null,
    constraint wettelijke_datum_herinnering_uniek unique (wettelijke_datum_id, soort)
);
