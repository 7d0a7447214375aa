-- The W3C trace context of the transaction that recorded an event, so the relay can send it with the CloudEvent
-- (distributed-tracing extension) and the consumer continues the same trace.
-- A repeatable, idempotent migration rather than a versioned one: the platform's migrations share each service's
-- Flyway history, where a platform version below the service's latest would be refused as out of order.
alter table outbox_event add column if not exists traceparent varchar(55);
alter table outbox_event add column if not exists tracestate varchar(512);
