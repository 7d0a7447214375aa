-- The specifieke uitkering (Regeling specifieke uitkeringen, Stcrt. 2024, 3349) as data of the cycle: a scheme is
-- versioned per cycle, a new version is a new row, an old one is never edited. Its tiers say what counts, the amount
-- per place (euro cents) and whether it is paid automatically or on application, each with its source text.
create table uitkeringsregeling (
    id                  uuid          primary key,
    cyclus              varchar(20)   not null,
    versie              integer       not null check (versie >= 1),
    aanvraag_uiterlijk  date          not null,
    bron                varchar(2000) not null,
    ingesteld_op        timestamptz   not null,
    ingesteld_door      varchar(100)  not null,
    unique (cyclus, versie)
);

create table uitkeringstrede (
    id                       uuid          primary key,
    regeling_id              uuid          not null references uitkeringsregeling (id),
    volgorde                 integer       not null,
    grondslag                varchar(30)   not null,            -- BOVEN_OPGAVE, TOT_OPGAVE
    bedrag_per_plaats_cent   bigint        not null check (bedrag_per_plaats_cent >= 0),
    wijze                    varchar(20)   not null,            -- AUTOMATISCH, OP_AANVRAAG
    zekerheid                varchar(20)   not null,            -- VASTGESTELD, GEMELD (reported, uncertain)
    bron                     varchar(2000) not null,
    unique (regeling_id, volgorde)
);

-- Cycle 1's default: the one amount a ministry spokesperson confirmed. Reported, not read in the Regeling itself.
insert into uitkeringsregeling (id, cyclus, versie, aanvraag_uiterlijk, bron, ingesteld_op, ingesteld_door) values
    ('5b0c6a7e-2d41-4c4e-9a51-000000000001', '2024-2026', 1, '2026-01-31',
     'Regeling specifieke uitkeringen (Stcrt. 2024, 3349): aanvragen vóór de start van de volgende cyclus. Aanname: '
     || 'de volgende cyclus begint op 1 februari 2026 (standaard van cyclus 1), dus uiterlijk 31 januari 2026; de tekst '
     || 'van de Regeling zelf was niet leesbaar.',
     '2024-01-31T00:00:00Z', 'standaard (migratie V10)');
insert into uitkeringstrede (id, regeling_id, volgorde, grondslag, bedrag_per_plaats_cent, wijze, zekerheid, bron) values
    ('5b0c6a7e-2d41-4c4e-9a51-000000000101', '5b0c6a7e-2d41-4c4e-9a51-000000000001', 1, 'BOVEN_OPGAVE', 200000,
     'OP_AANVRAAG', 'GEMELD',
     'EUR 2.000 per duurzame opvangplaats boven de indicatieve opgave: bevestigd door een woordvoerder van het '
     || 'ministerie (RTV Noord, januari 2024: Westerwolde, ongeveer 1.900 plaatsen boven zijn opgave van 131, ongeveer '
     || 'EUR 4 miljoen, vrij besteedbaar). Gemeld, onzeker: RTV Drenthe meldde "EUR 1.000 tot 2.000 per extra plaats", '
     || 'concepten uit 2022-2023 hadden andere treden (2.500 / 1.500; 5.000 / 2.500 / 4.000 / 1.500). Aanname: deze '
     || 'plaatsen worden op aanvraag betaald (welke plaatsen automatisch worden betaald, was niet leesbaar).');

-- The computed entitlement of a municipality in a cycle, with its explanation; then its application and the decision.
create table uitkeringsrecht (
    id                     uuid          primary key,
    cyclus                 varchar(20)   not null,
    regeling_versie        integer       not null,
    provinciecode          varchar(4)    not null,
    gemeentecode           varchar(6)    not null,
    naam                   varchar(200)  not null,
    opgave                 integer       not null,
    gerealiseerd_duurzaam  integer       not null,
    verrekend              integer       not null,             -- places credited to (+) or from (-) others
    duurzame_plaatsen      integer       not null,
    automatisch_cent       bigint        not null,
    op_aanvraag_cent       bigint        not null,
    regels                 text          not null,             -- JSON array: places x amount per tier
    toelichting            varchar(4000) not null,
    aanvraag_uiterlijk     date          not null,
    status                 varchar(20)   not null,             -- BEREKEND, AANGEVRAAGD, TOEGEKEND, AFGEWEZEN
    berekend_op            timestamptz   not null,
    berekend_door          varchar(100)  not null,
    beschikbaar_vanaf      date,
    aanvraag_toelichting   varchar(2000),
    aangevraagd_op         timestamptz,
    aangevraagd_door       varchar(100),
    besluit_reden          varchar(2000),
    toegekend_cent         bigint,
    besloten_op            timestamptz,
    besloten_door          varchar(100),
    unique (cyclus, gemeentecode)
);

create index uitkeringsrecht_per_provincie on uitkeringsrecht (cyclus, provinciecode, gemeentecode);

-- Ukrainian reception: the daily standard amount per occupied place (BooO), as periods from their start date.
create table oekraine_normbedrag (
    ingangsdatum        date          primary key,
    bedrag_per_dag_cent bigint        not null check (bedrag_per_dag_cent >= 0),
    aanname             boolean       not null,
    bron                varchar(2000) not null
);

insert into oekraine_normbedrag (ingangsdatum, bedrag_per_dag_cent, aanname, bron) values
    ('2022-03-01', 10000, true, 'Bekostigingsregeling opvang ontheemden Oekraïne (BooO, BWBR0046732): ten minste EUR 100 '
     || 'per gerealiseerde plaats per dag (maart 2022; Rijksoverheid, NOS). Aanname: ingang 1 maart 2022, de precieze '
     || 'ingangsdatum was niet leesbaar.'),
    ('2022-10-15', 8300, false, 'BooO: EUR 83 per plaats per dag vanaf 15 oktober 2022 (Rijksoverheid, ANP).'),
    ('2024-01-01', 6100, true, 'BooO: EUR 61 per plaats per dag in 2024, na een kostenonderzoek (Rijksoverheid, NOS). '
     || 'Aanname: ingang 1 januari 2024, het normbedrag wordt per jaar vastgesteld.'),
    ('2025-01-01', 4400, true, 'BooO: EUR 44 per plaats per dag in 2025 (Rijksoverheid, NOS). Aanname: ingang 1 januari '
     || '2025, het normbedrag wordt per jaar vastgesteld.');

-- A municipality's monthly report per location: capacity and occupied places per day. Counts only, no persons.
-- The latest report per municipality, location and month counts.
create table oekraine_melding (
    id                  uuid          primary key,
    provinciecode       varchar(4)    not null,
    gemeentecode        varchar(6)    not null,
    locatie             varchar(200)  not null,
    maand               varchar(7)    not null check (maand ~ '^[0-9]{4}-[0-9]{2}$'),
    capaciteit          integer       not null check (capaciteit >= 0),
    bezetting_per_dag   varchar(400)  not null,                -- occupied places on day 1..n, comma separated
    bezette_plaatsdagen bigint        not null check (bezette_plaatsdagen >= 0),
    gemeld_op           timestamptz   not null,
    gemeld_door         varchar(100)  not null
);

create index oekraine_melding_per_maand on oekraine_melding (gemeentecode, maand, locatie, gemeld_op);
create index oekraine_melding_per_provincie on oekraine_melding (provinciecode, maand);

-- COA's count per municipality of third-country nationals (derdelanders) it still has to move: a number on a date.
-- No names, no identifiers: the table has no column that could hold them.
create table derdelanders_melding (
    id                       uuid          primary key,
    provinciecode            varchar(4)    not null,
    gemeentecode             varchar(6)    not null,
    peildatum                date          not null check (peildatum >= '2024-03-05'),
    nog_over_te_plaatsen     integer       not null check (nog_over_te_plaatsen >= 0),
    gemeld_op                timestamptz   not null,
    gemeld_door              varchar(100)  not null
);

create index derdelanders_per_gemeente on derdelanders_melding (gemeentecode, peildatum, gemeld_op);
