create table notitie (
    id      bigserial primary key,
    tekst   varchar(200) not null,
    aantal  integer not null
);
create table verwerkt_effect (
    event_id varchar(200) not null,
    tekst    varchar(200)
);
