-- The W3C trace context (traceparent, tracestate) of the consumption that made the notification: every delivery of
-- it, however much later and on whichever replica, continues that trace (OpenTelemetry), so one trace runs from the
-- first REST call through the services' events to the webhook. Null when nothing was traced.
alter table notificatie add column traceparent varchar(55), add column tracestate varchar(512);
