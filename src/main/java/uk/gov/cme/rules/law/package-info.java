/**
 * The law the application quotes, as data (rules.md R6, R7, R10): the Acts and statutory instruments
 * ({@link uk.gov.cme.rules.law.Legislation}), each provision cited ({@link uk.gov.cme.rules.law.Citation}:
 * the grounds of deletion, the deletion and new-pupil returns, the School Attendance Order sections)
 * and the periods the application counts with the law or policy each comes from
 * ({@link uk.gov.cme.rules.law.Period}). Processes, emails and letters quote these values; the static
 * texts of forms and models that mention a provision are checked against them (StatutoryReferencesTest).
 * Plain Java, no Camunda. docs/law.md lists every citation and where it is used.
 */
package uk.gov.cme.rules.law;
