-- The case search (issue 9): officers find a case by reference, name, date of birth, UPN or postcode
-- (uk.gov.cme.casework.CaseSearch). The reference, the date of birth and the UPNs have their indexes
-- already (V1); the postcode is compared by its match key (upper case, no spaces), newest cases first.
-- A name is looked for anywhere in the normalised name key (LIKE '%...%'), which no index serves; the
-- register of one authority is small enough for that.
--
-- Portable between H2 2.3 and PostgreSQL 15, as V1. Never edit an applied migration: add the next one.

CREATE INDEX cme_case_postcode_key_ix ON cme_case (postcode_key);
CREATE INDEX cme_case_opened_at_ix ON cme_case (opened_at);
