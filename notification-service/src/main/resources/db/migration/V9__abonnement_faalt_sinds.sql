-- When the subscription's first failed attempt since its last successful delivery (or its (re-)activation) was;
-- null while its deliveries succeed. A subscription that has failed for longer than spreiding.webhooks.disable-after
-- is switched off when one of its deliveries is exhausted (AfleveringWorker, Uitschakelregel). Existing subscriptions
-- start with null: their period counts from their next failure.
alter table abonnement add column faalt_sinds timestamptz;
