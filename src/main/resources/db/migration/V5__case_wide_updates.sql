-- Case-wide work (issue 8, defects 4, 5 and 8): every process's instance for a child belongs to the
-- child's case, and the case tells its referrers and the child's social worker what happens to it.
--
-- Portable between H2 2.3 and PostgreSQL 15, as V1. Never edit an applied migration: add the next one.

-- The child's allocated social worker (data.md, Child): told of every change of the child's education
-- status while the child has a child protection or child in need plan (seed 002 section 7.4). Personal
-- data of a professional: never logged.
ALTER TABLE cme_case ADD COLUMN social_worker_name VARCHAR(200);
ALTER TABLE cme_case ADD COLUMN social_worker_email VARCHAR(254);
ALTER TABLE cme_case ADD COLUMN social_worker_team VARCHAR(200);

-- An EHE check or an emigration check started for a child records its notice on the child's case (or
-- opens one) like a referral, so the case knows where it came from and whom to tell when it closes.
ALTER TABLE cme_referral DROP CONSTRAINT cme_referral_source_ck;
ALTER TABLE cme_referral ADD CONSTRAINT cme_referral_source_ck CHECK (source IN
  ('SCHOOL', 'OTHER_LA', 'AGENCY', 'ANONYMOUS', 'S2S', 'OFF_ROLL', 'REGISTER_INSPECTION',
   'EHE_NOTIFICATION', 'EMIGRATION_NOTICE'));

-- A school whose off-roll notification is for the child of an open case may follow it in its own
-- instance (basis NOTIFIED), as a referring school follows its referral.
ALTER TABLE cme_case_party DROP CONSTRAINT cme_case_party_basis_ck;
ALTER TABLE cme_case_party ADD CONSTRAINT cme_case_party_basis_ck CHECK (basis IN
  ('REFERRED', 'ALLOCATED', 'NAMED', 'WORKS', 'NOTIFIED'));
