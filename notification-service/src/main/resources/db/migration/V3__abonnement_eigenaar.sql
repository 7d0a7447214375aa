-- The organisation that owns a subscription: the CBS code (or JENV, COA) in the token of whoever created it.
-- An organisation manages and sees only its own subscriptions; an operator (beheerder) manages all of them.
-- Null: created by an operator, so only operators manage it. Subscriptions made before tokens existed have no
-- known creator and therefore fall to the operators too.
-- text, not varchar(6): the identity provider decides what an organisation code looks like, not this table.
alter table abonnement add column eigenaar text;

create index abonnement_per_eigenaar on abonnement (eigenaar, aangemaakt_op, id);
