-- Subscriptions (webhooks), notifications (one per consumed event or reminder), one delivery per
-- (notification, subscription), the log of every delivery attempt, and the reminders that fired.

create table abonnement (
    id                    uuid          primary key,
    callback_url          varchar(2000) not null,
    soorten               varchar(200)[] not null default '{}',   -- event types wanted; empty: all
    organisaties          varchar(6)[]   not null default '{}',   -- CBS codes wanted; empty: all
    omschrijving          varchar(500),
    geheim                varchar(200)  not null,                 -- whsec_...; signs every delivery
    vorig_geheim          varchar(200),                           -- still signs until vorig_geheim_tot (rotation)
    vorig_geheim_tot      timestamptz,
    status                varchar(20)   not null,                 -- ACTIEF, UITGESCHAKELD
    uitgeschakeld_reden   varchar(500),
    aangemaakt_op         timestamptz   not null,
    gewijzigd_op          timestamptz   not null
);

create index abonnement_actief on abonnement (status);

create table notificatie (
    id             uuid          primary key,
    volgnummer     bigserial     not null unique,              -- cursor of the feed; commit order (see NotificatieService)
    bron_source    varchar(500)  not null,                     -- CloudEvents source of the event
    bron_id        varchar(200)  not null,                     -- CloudEvents id of the event
    type           varchar(200)  not null,
    subject        varchar(200),
    tijd           timestamptz   not null,
    organisaties   varchar(6)[]  not null default '{}',        -- whom it concerns; empty: everyone
    cloudevent     text          not null,                     -- the exact JSON body every delivery sends
    aangemaakt_op  timestamptz   not null,
    unique (bron_source, bron_id)
);

create index notificatie_organisaties on notificatie using gin (organisaties);

create table aflevering (
    id                  uuid          primary key,             -- also the webhook-id: stable across retries
    notificatie_id      uuid          not null references notificatie (id),
    abonnement_id       uuid          not null references abonnement (id) on delete cascade,
    status              varchar(20)   not null,                -- TE_VERZENDEN, AFGELEVERD, UITGEPUT
    pogingen            integer       not null default 0,      -- attempts in the current round
    volgende_poging_op  timestamptz   not null,
    geclaimd_door       uuid,                                  -- the claim of a worker ...
    geclaimd_tot        timestamptz,                           -- ... valid until (a crashed worker's claim expires)
    laatste_status      integer,
    laatste_fout        varchar(1000),
    afgeleverd_op       timestamptz,
    aangemaakt_op       timestamptz   not null,
    constraint aflevering_uniek unique (notificatie_id, abonnement_id)
);

create index aflevering_te_verzenden on aflevering (volgende_poging_op) where status = 'TE_VERZENDEN';
create index aflevering_per_abonnement on aflevering (abonnement_id, status, aangemaakt_op);

create table afleveringspoging (
    id              bigserial     primary key,
    aflevering_id   uuid          not null references aflevering (id) on delete cascade,
    abonnement_id   uuid          not null references abonnement (id) on delete cascade,
    poging          integer       not null,
    tijdstip        timestamptz   not null,
    statuscode      integer,                                   -- null: no HTTP answer (connection, timeout)
    duur_ms         integer       not null,
    fout            varchar(1000)
);

create index afleveringspoging_per_abonnement on afleveringspoging (abonnement_id, id);

-- A reminder fires once per (deadline, recipient, kind), on every replica and after restarts: it is inserted
-- with ON CONFLICT DO NOTHING in the transaction that creates its notification.
create table herinnering (
    id              uuid          primary key,
    termijn_id      uuid          not null references termijn (id) on delete cascade,
    ontvanger       varchar(6)    not null,
    soort           varchar(10)   not null,                    -- D30, D14, D7, D1, D0
    notificatie_id  uuid          not null references notificatie (id) deferrable initially deferred,
    aangemaakt_op   timestamptz   not null,
    constraint herinnering_uniek unique (termijn_id, ontvanger, soort)
);
