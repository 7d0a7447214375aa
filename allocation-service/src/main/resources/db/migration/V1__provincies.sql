-- The twelve provinces with their CBS codes (CBS, Gebieden in Nederland). Stable since 1986 (Flevoland).
create table provincie (
    code  varchar(4)    primary key check (code ~ '^PV[0-9]{2}$'),
    naam  varchar(100) not null unique
);

insert into provincie (code, naam) values
    ('PV20', 'Groningen'),
    ('PV21', 'Fryslân'),
    ('PV22', 'Drenthe'),
    ('PV23', 'Overijssel'),
    ('PV24', 'Flevoland'),
    ('PV25', 'Gelderland'),
    ('PV26', 'Utrecht'),
    ('PV27', 'Noord-Holland'),
    ('PV28', 'Zuid-Holland'),
    ('PV29', 'Zeeland'),
    ('PV30', 'Noord-Brabant'),
    ('PV31', 'Limburg');
