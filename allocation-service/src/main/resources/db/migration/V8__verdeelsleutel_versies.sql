-- Distribution key versions defined through the API (POST /api/v1/verdeelsleutels), next to the keys the code defines.
-- A definition is never changed: a new correction function is a new version, so a published distribution (which names
-- code and version) can always be recalculated and explained. The correction is a documented family with its
-- parameters (README "Correctiefuncties"), its source a publication or an assumption with its reason.
create table verdeelsleutel_versie (
    code                varchar(60)    not null,
    versie              integer        not null check (versie >= 1),
    omschrijving        varchar(2000)  not null,
    rechtsgrond         varchar(500)   not null,
    correctie_familie   varchar(20)    not null check (correctie_familie in ('GEEN', 'LINEAIR', 'BEGRENSD_LINEAIR', 'SES_BANDEN')),
    correctie_a         numeric(12,6),
    correctie_minimum   numeric(12,6),
    correctie_maximum   numeric(12,6),
    -- SES_BANDEN: [{"vanaf":null,"tot":-0.1,"factor":0.9},…], in order; null for the other families
    correctie_banden    text,
    afronding           varchar(20)    not null check (afronding in ('PER_GEMEENTE', 'GROOTSTE_OVERSCHOT', 'NAAR_BOVEN')),
    amv_afronding       varchar(20)    not null check (amv_afronding in ('PER_GEMEENTE', 'GROOTSTE_OVERSCHOT', 'NAAR_BOVEN')),
    bron_soort          varchar(12)    not null check (bron_soort in ('PUBLICATIE', 'AANNAME')),
    bron_tekst          varchar(1000)  not null,
    bron_datum          date,
    bron_url            varchar(500),
    vastgelegd_op       timestamptz    not null,
    vastgelegd_door     varchar(100)   not null,
    primary key (code, versie)
);

-- Immutable once written: the database refuses what the API never offers.
create function verdeelsleutel_versie_onveranderlijk() returns trigger language plpgsql as $$
begin
    raise exception 'een verdeelsleutelversie wordt nooit gewijzigd of verwijderd; maak een nieuwe versie';
end;
$$;

create trigger verdeelsleutel_versie_onveranderlijk before update or delete on verdeelsleutel_versie
    for each row execute function verdeelsleutel_versie_onveranderlijk();
