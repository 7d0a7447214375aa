-- The pledged asylum places that the cycle's counting rules left out when the plan was submitted (as the event
-- provinciaal-plan.ingediend carries them). Null for plans submitted before this column existed: the number was not
-- recorded then, and 0 would claim that nothing was left out.
alter table provinciaal_plan add column niet_meegeteld integer;
