-- The stuck-case finder (find-stuck-cases, issue 11) asks every day for the open cases and the newest
-- event of each (CaseProgress): open cases are found by their status rather than by reading every case
-- the register has ever held; each case's events by cme_case_event_case_ix (case_id, occurred_at).
CREATE INDEX cme_case_status_ix ON cme_case (status);
