/**
 * The DfE Unique Pupil Number (rules.md R5): validation with messages that say which part is wrong.
 * A UPN is personal data: do not log it.
 */
package uk.gov.cme.rules.upn;
