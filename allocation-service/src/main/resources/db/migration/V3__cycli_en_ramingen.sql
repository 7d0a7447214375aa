-- A cycle of the Spreidingswet (two years) with its deadlines as data: they differ per cycle.
create table cyclus (
    code                       varchar(9)   primary key check (code ~ '^[0-9]{4}-[0-9]{4}$'),
    referentiejaar             integer      not null,
    raming_uiterlijk           date         not null,
    provinciaal_plan_uiterlijk date         not null,
    verdeelbesluit_uiterlijk   date         not null,
    realisatie_maanden         integer      not null check (realisatie_maanden between 1 and 36),
    volgende_cyclus            date         not null,
    geopend_op                 timestamptz  not null,
    geopend_door               varchar(100) not null,
    check (raming_uiterlijk <= provinciaal_plan_uiterlijk),
    check (provinciaal_plan_uiterlijk <= verdeelbesluit_uiterlijk),
    check (verdeelbesluit_uiterlijk < volgende_cyclus)
);

-- The minister's capacity estimate of a cycle; published once, never changed.
create table capaciteitsraming (
    cyclus            varchar(9)   primary key references cyclus (code),
    totaal_plaatsen   integer      not null check (totaal_plaatsen > 0),
    amv_plaatsen      integer      not null check (amv_plaatsen >= 0 and amv_plaatsen <= totaal_plaatsen),
    peildatum         date         not null,
    gepubliceerd_op   timestamptz  not null,
    gepubliceerd_door varchar(100) not null
);

create or replace function weiger_wijziging() returns trigger language plpgsql as $$
begin
    raise exception 'Een gepubliceerd(e) % wordt niet gewijzigd of verwijderd', tg_table_name;
end $$;

create trigger capaciteitsraming_onveranderlijk before update or delete on capaciteitsraming
    for each row execute function weiger_wijziging();
