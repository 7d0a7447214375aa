-- That an organisation did what was due (a plan submitted, a decision taken), kept apart from the deadline itself:
-- the two arrive on different topics (pledge's and allocation's), so after a replay or a slow consumer the event
-- that meets a deadline can come before the event that sets it. The deadline takes it over when it is created.
create table termijn_afronding (
    cyclus       varchar(20) not null,
    soort        varchar(40) not null,
    organisatie  varchar(6),
    afgerond_op  timestamptz not null,
    constraint termijn_afronding_uniek unique nulls not distinct (cyclus, soort, organisatie)
);

-- Deadlines met before this migration.
insert into termijn_afronding (cyclus, soort, organisatie, afgerond_op)
select cyclus, soort, organisatie, afgerond_op from termijn where afgerond_op is not null;
