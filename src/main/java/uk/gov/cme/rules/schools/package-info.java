/**
 * The schools the local authority works with: the editable schools file ({@code cme.schools.file}) and
 * the {@link uk.gov.cme.rules.schools.SchoolDirectory} that reads and checks it.
 */
package uk.gov.cme.rules.schools;
