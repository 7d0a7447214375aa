-- Who last adjusted the proposed designations of a draft decision, and when: the minister's changes to what the
-- rule proposed are decisions too (the proposal itself is kept per designation in voorgesteld_plaatsen/_amv).
alter table verdeelbesluit add column aangepast_door varchar(100);
alter table verdeelbesluit add column aangepast_op   timestamptz;
