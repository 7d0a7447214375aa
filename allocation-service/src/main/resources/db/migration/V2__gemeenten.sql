-- Municipalities per reference year: boundaries change every 1 January (herindelingen), so every figure belongs
-- to a year. A reference year's set is replaced as a whole by an import; published distributions keep their own
-- copy of the inputs they used, so a later import never changes a published number.
create table gemeente (
    id                           bigserial    primary key,
    referentiejaar               integer      not null check (referentiejaar between 2000 and 2100),
    code                         varchar(6)   not null check (code ~ '^GM[0-9]{4}$'),
    naam                         varchar(100) not null,
    provinciecode                varchar(4)   not null references provincie (code),
    aantal_inwoners              bigint       not null check (aantal_inwoners > 0),
    peildatum_inwoners           date         not null,
    ses_woa_score                numeric(6,3) check (ses_woa_score > -1 and ses_woa_score < 1),
    ses_woa_jaargang             integer,
    bestaande_duurzame_plaatsen  integer      check (bestaande_duurzame_plaatsen >= 0),
    peildatum_bestaande_plaatsen date,
    unique (referentiejaar, code),
    unique (referentiejaar, naam),
    check ((ses_woa_score is null) = (ses_woa_jaargang is null)),
    check ((bestaande_duurzame_plaatsen is null) = (peildatum_bestaande_plaatsen is null))
);

create index gemeente_per_provincie on gemeente (referentiejaar, provinciecode);
