-- The provinces and municipalities this service knows, with their CBS names, for the deadline calendar: a calendar
-- of an unknown organisation is a 404, and an event in it names the organisation instead of showing its code.
-- The twelve provinces are fixed (CBS codes PV20..PV31); municipalities are learnt from every distribution
-- (nl.spreiding.verdeling.vastgesteld / .herzien carry every municipality with its name), which also renames.
create table organisatie (
    code          varchar(6)   primary key,                 -- PV27, GM0363
    naam          varchar(200) not null,
    gewijzigd_op  timestamptz  not null default now()
);

insert into organisatie (code, naam) values
    ('PV20', 'Groningen'), ('PV21', 'Fryslân'), ('PV22', 'Drenthe'), ('PV23', 'Overijssel'),
    ('PV24', 'Flevoland'), ('PV25', 'Gelderland'), ('PV26', 'Utrecht'), ('PV27', 'Noord-Holland'),
    ('PV28', 'Zuid-Holland'), ('PV29', 'Zeeland'), ('PV30', 'Noord-Brabant'), ('PV31', 'Limburg');
