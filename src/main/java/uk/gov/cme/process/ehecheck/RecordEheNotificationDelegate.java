package uk.gov.cme.process.ehecheck;

import static uk.gov.cme.process.ehecheck.EheCheckProcess.Variables.*;

import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import uk.gov.cme.process.ehecheck.EheCheckIntake.Notification;

/**
 * Checks an EHE notification as the start form or the starting process gives it and sets the
 * variables the gateways, the contact-mode table and the forms read: the flags as booleans, the
 * involvement values, the year group (derived from the date of birth when not given) and the attempts
 * allowed. A fault refuses the start with each field named; nothing is saved. The business key is the
 * child's CME case reference when one is given.
 */
@Component("recordEheNotificationDelegate")
class RecordEheNotificationDelegate implements JavaDelegate {

  private static final Logger LOG = LoggerFactory.getLogger(RecordEheNotificationDelegate.class);

  private final EheCheckIntake intake;

  RecordEheNotificationDelegate(EheCheckIntake intake) {
    this.intake = intake;
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
    if (notification.caseReference() != null) {
      execution.setVariable(CASE_REFERENCE, notification.caseReference());
      if (execution.getProcessBusinessKey() == null) {
        execution.setProcessBusinessKey(notification.caseReference());
      }
    }
    LOG.info("EHE notification recorded ({}, year group {}{})", execution.getProcessInstanceId(),
        notification.yearGroup(), notification.yearGroupDerived() ? " by age" : "");
  }
}
