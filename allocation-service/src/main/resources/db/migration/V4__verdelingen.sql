-- A published distribution of one target group in a cycle. Immutable: a revision is a new version that names the
-- previous one. Every municipality's row keeps the inputs and the exact intermediate values (fractions as
-- 'numerator/denominator') so that each number can be explained and recomputed later.
create table verdeling (
    id                    uuid          primary key,
    cyclus                varchar(9)    not null references cyclus (code),
    doelgroep             varchar(20)   not null check (doelgroep in ('ASIEL', 'STATUSHOUDERS', 'OEKRAINE')),
    versie                integer       not null check (versie >= 1),
    vorige_id             uuid          references verdeling (id),
    sleutel_code          varchar(60)   not null,
    sleutel_versie        integer       not null,
    referentiejaar        integer       not null,
    peildatum_inwoners    date,
    ses_woa_jaargang      integer,
    totaal                integer       not null check (totaal >= 0),
    amv_totaal            integer       not null check (amv_totaal >= 0),
    totaal_gewicht        text          not null,
    som_opgaven           bigint        not null,
    som_amv               bigint        not null,
    toelichting           varchar(2000),
    vastgesteld_op        timestamptz   not null,
    vastgesteld_door      varchar(100)  not null,
    unique (cyclus, doelgroep, versie),
    check ((versie = 1) = (vorige_id is null))
);

create table verdeling_gemeente (
    verdeling_id                uuid          not null references verdeling (id),
    gemeentecode                varchar(6)    not null,
    naam                        varchar(100)  not null,
    provinciecode               varchar(4)    not null,
    aantal_inwoners             bigint        not null,
    ses_woa_score               numeric(6,3),
    gewicht                     text          not null,
    aandeel                     text          not null,
    onafgeronde_opgave          text          not null,
    opgave                      integer       not null check (opgave >= 0),
    afronding_soort             varchar(40)   not null,
    afronding_rang              integer,
    afronding_toelichting       varchar(500)  not null,
    amv_onafgerond              text          not null,
    amv                         integer       not null check (amv >= 0),
    amv_afronding_soort         varchar(40)   not null,
    amv_afronding_rang          integer,
    amv_afronding_toelichting   varchar(500)  not null,
    bestaande_duurzame_plaatsen integer       not null check (bestaande_duurzame_plaatsen >= 0),
    resterende_opgave           integer       not null check (resterende_opgave >= 0),
    primary key (verdeling_id, gemeentecode)
);

create index verdeling_gemeente_per_provincie on verdeling_gemeente (verdeling_id, provinciecode);

create trigger verdeling_onveranderlijk before update or delete on verdeling
    for each row execute function weiger_wijziging();
create trigger verdeling_gemeente_onveranderlijk before update or delete on verdeling_gemeente
    for each row execute function weiger_wijziging();
