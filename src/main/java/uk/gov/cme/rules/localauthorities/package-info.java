/**
 * The English local authorities an outbound enquiry (cme-outbound) can go to: the editable local
 * authorities file ({@code cme.local-authorities.file}) and the {@link
 * uk.gov.cme.rules.localauthorities.LocalAuthorityDirectory} that reads and checks it.
 */
package uk.gov.cme.rules.localauthorities;
