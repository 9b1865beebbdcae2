/**
 * The case register (shared/domain/data.md): one case per child, its referrals and enquiries, and an
 * audit trail of every change. No Camunda imports: BPMN delegates and REST controllers call
 * {@link uk.gov.cme.casework.Casework}, which joins the caller's transaction.
 *
 * <ul>
 *   <li>Values: {@link uk.gov.cme.casework.CaseReference}, {@link uk.gov.cme.casework.ChildDetails},
 *   {@link uk.gov.cme.casework.ReferralDetails}, {@link uk.gov.cme.casework.EnquiryDetails} (checked by
 *   their builders or factories, every fault reported at once as an
 *   {@link uk.gov.cme.casework.InvalidInputException}), {@link uk.gov.cme.casework.CaseView} to read.</li>
 *   <li>Matching a child to an open case: {@code ChildMatcher}, plain Java.</li>
 *   <li>Storage: the Spring Data JDBC aggregate {@code CmeCase} (tables {@code cme_case},
 *   {@code cme_referral}, {@code cme_enquiry}), {@code CaseEvent} ({@code cme_case_event}), the Flyway
 *   migrations in {@code db/migration}, the sequence {@code cme_case_reference_seq}.</li>
 * </ul>
 *
 * <p>Everything about a child and a referrer is personal data: log the case reference only. The
 * records' {@code toString} does not show personal data.
 */
package uk.gov.cme.casework;
