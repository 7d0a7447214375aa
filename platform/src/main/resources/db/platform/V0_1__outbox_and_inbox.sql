-- Platform tables every service has: the transactional outbox and the processed-event inbox.
-- Versions 0.x belong to the platform (location db/platform); each service's own migrations start at 1.

create table outbox_event (
    seq            bigserial    primary key,               -- order of writing; per-key order follows it
    event_id       uuid         not null unique,           -- CloudEvents id, never changes for this event
    topic          varchar(249) not null,
    aggregate_key  varchar(200) not null,                  -- Kafka key, e.g. 2024-2026/PV27
    event_type     varchar(200) not null,                  -- CloudEvents type, e.g. nl.spreiding.verdeling.vastgesteld
    subject        varchar(200),
    occurred_at    timestamptz  not null,
    payload        text         not null,                  -- JSON data of the CloudEvent
    sent_at        timestamptz,                            -- set only after the broker acknowledged
    attempts       integer      not null default 0,
    last_error     text
);

create index outbox_event_pending_by_key on outbox_event (aggregate_key, seq) where sent_at is null;
create index outbox_event_pending on outbox_event (seq) where sent_at is null;
create index outbox_event_sent_at on outbox_event (sent_at) where sent_at is not null;

create table processed_event (
    source        varchar(500) not null,
    event_id      varchar(200) not null,
    event_type    varchar(200),
    processed_at  timestamptz  not null default now(),
    primary key (source, event_id)
);
