package uk.gov.cme.process.ehecheck;

import static uk.gov.cme.process.ehecheck.EheCheckProcess.Variables.*;

import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import uk.gov.cme.casework.CaseReference;
import uk.gov.cme.casework.Casework;
import uk.gov.cme.casework.ChildDetails;
import uk.gov.cme.casework.ChildFlags;
import uk.gov.cme.casework.EducationStatus;
import uk.gov.cme.casework.ReferralDetails;
import uk.gov.cme.casework.ReferralSource;
import uk.gov.cme.process.ehecheck.EheCheckIntake.Notification;
import uk.gov.cme.process.shared.casematch.ChildCases;

/**
 * Checks an EHE notification as the start form or the starting process gives it and sets the
 * variables the gateways, the contact-mode table and the forms read: the flags as booleans, the
 * involvement values, the year group (derived from the date of birth when not given) and the attempts
 * allowed. A fault refuses the start with each field named; nothing is saved.
 *
 * <p>One case per child ({@link ChildCases}): the check belongs to the child's case, whose reference is
 * its business key and {@code caseReference}. The case the start names (the CME referral's or the
 * off-roll notification's hand-over, or TLP naming it) if it is open; else the child's open case, found
 * as the CME referral finds it, which the notification joins; else a new case opened for it (a probable
 * match also goes to a CME officer). A child with a CP or CIN plan has it recorded on the case, so the
 * allocated social worker hears of each change of education status.
 */
@Component("recordEheNotificationDelegate")
class RecordEheNotificationDelegate implements JavaDelegate {

  private static final Logger LOG = LoggerFactory.getLogger(RecordEheNotificationDelegate.class);

  /** The notice in words, for the officer who compares cases. */
  static final String NOTICE = "an elective home education notification";

  private final EheCheckIntake intake;
  private final ChildCases childCases;
  private final Casework casework;

  RecordEheNotificationDelegate(EheCheckIntake intake, ChildCases childCases, Casework casework) {
    this.intake = intake;
    this.childCases = childCases;
    this.casework = casework;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Notification notification = intake.notification(execution.getVariables(), EheCheckDelegates.today());

    execution.setVariable(RECEIVED_AT, Date.from(ClockUtil.getCurrentTime().toInstant()));
    execution.setVariable(CHILD_NAME, notification.child().legalForename() + " " + notification.child().legalSurname());
    execution.setVariable(DATE_OF_BIRTH, notification.child().dateOfBirth().toString());
    execution.setVariable(UPN, notification.child().upn());
    execution.setVariable(POSTCODE, notification.child().postcode());
    execution.setVariable(EHE_NOTIFICATION_DATE,
        notification.eheNotificationDate() == null ? null : notification.eheNotificationDate().toString());
    execution.setVariable(SPECIAL_SCHOOL_UNDER_LA_ARRANGEMENTS, notification.specialSchoolUnderLaArrangements());
    execution.setVariable(CHILD_PROTECTION_PLAN, notification.childProtectionPlan());
    execution.setVariable(CHILD_IN_NEED_PLAN, notification.childInNeedPlan());
    execution.setVariable(HAS_EHCP, notification.hasEhcp());
    execution.setVariable(SEN, notification.sen());
    execution.setVariable(VULNERABLE, notification.vulnerable());
    execution.setVariable(SOCIAL_CARE_INVOLVEMENT, notification.socialCareInvolvement());
    execution.setVariable(ESBAS_INVOLVEMENT, notification.esbasInvolvement());
    execution.setVariable(YEAR_GROUP, notification.yearGroup());
    execution.setVariable(SCHOOL_CONCERNS, notification.schoolConcerns());
    execution.setVariable(COMPULSORY_SCHOOL_AGE, notification.compulsorySchoolAge());
    execution.setVariable(MAX_CONTACT_ATTEMPTS, notification.maxContactAttempts());
    execution.setVariable(CONTACT_ATTEMPTS, 0);
    ChildCases.Link link = childCases.link(execution,
        notification.caseReference() == null ? null : CaseReference.of(notification.caseReference()),
        new ChildCases.Notice(child(notification), referral(notification), EducationStatus.HOME_EDUCATION_NOTIFIED,
            NOTICE));
    boolean plan = notification.childProtectionPlan() || notification.childInNeedPlan();
    if (plan && (link.kind() == ChildCases.Kind.GIVEN || link.kind() == ChildCases.Kind.JOINED)) {
      casework.recordSocialCare(link.caseReference(), notification.childProtectionPlan() ? Boolean.TRUE : null,
          notification.childInNeedPlan() ? Boolean.TRUE : null, null, user(), now());
    }
    LOG.info("EHE notification recorded ({}, case {} {}, year group {}{})", execution.getProcessInstanceId(),
        link.caseReference(), link.kind(), notification.yearGroup(), notification.yearGroupDerived() ? " by age" : "");
  }

  /** The child with the flags the notification gives (an EHCP, a CP or CIN plan), for a case it opens. */
  private static ChildDetails child(Notification notification) {
    return notification.child().toBuilder().flags(new ChildFlags(notification.hasEhcp(), false, false,
        notification.childProtectionPlan(), notification.childInNeedPlan(), false)).build(EheCheckDelegates.today());
  }

  /** The notification as it goes on the child's case. */
  private static ReferralDetails referral(Notification notification) {
    return ReferralDetails.builder(ReferralSource.EHE_NOTIFICATION)
        .circumstances("Elective home education notified" + (notification.eheNotificationDate() == null ? ""
            : " in writing on " + notification.eheNotificationDate()) + "; the EHE check judges the education.")
        .receivedAt(now())
        .build();
  }

  private static Instant now() {
    return ClockUtil.getCurrentTime().toInstant();
  }

  private static String user() {
    var authentication = Context.getCommandContext().getAuthentication();
    return authentication == null || authentication.getUserId() == null ? Casework.SYSTEM_USER
        : authentication.getUserId();
  }
}
