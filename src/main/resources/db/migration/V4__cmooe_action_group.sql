-- Cases flagged for the CMOOE Action Group (rules.md R3; seeds 000, 004): the child is missing out on
-- formal full-time education (fewer than 18 hours a week, or out of provision for 4 weeks or more). Set
-- when a referral is classified CMOOE (processes/decisions/cme-classification.dmn); the case stays open.
-- The escalation process will take the flagged cases to the group. Cases already in the register are
-- not flagged.
--
-- Portable between H2 2.3 and PostgreSQL 15, as V1.

ALTER TABLE cme_case ADD COLUMN cmooe_action_group BOOLEAN DEFAULT FALSE NOT NULL;
