/**
 * Compulsory school age and year group from a date of birth (rules.md R4, Education Act 1996 s8).
 * A date of birth is personal data: do not log it.
 */
package uk.gov.cme.rules.age;
