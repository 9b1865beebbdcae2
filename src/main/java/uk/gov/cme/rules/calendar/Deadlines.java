package uk.gov.cme.rules.calendar;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.validation.annotation.Validated;

/**
 * How long each deadline in the models is: local practice, and the periods of the regulations, as
 * settings ({@code cme.deadlines.*}; rules.md R7: "where a rule differs between local authorities it is
 * a setting"). The defaults, each with its source, are in {@code application.yaml}; an authority
 * changes one there, in an external {@code application.yaml} or as an environment variable
 * ({@code CME_DEADLINES_ACKNOWLEDGEWORKINGDAYS=3}), and restarts. Every setting must be given and be at
 * least 1: a missing or zero one stops the start-up naming it.
 *
 * <p>The models read them as the bean {@code deadlines}, together with the {@code calendar} that
 * counts them, so no model holds a number of days:
 * {@code ${calendar.addWorkingDays(receivedAt, deadlines.acknowledgeWorkingDays)}}. A change applies
 * to the due dates and timers worked out after the restart; those already set keep their date.
 *
 * <p>Names end in the unit: {@code WorkingDays} (rules.md R7: Monday to Friday less bank holidays),
 * {@code SchoolDays} (working days inside the term dates) or a plain count.
 */
@Validated
public class Deadlines {

  /** Acknowledge a referral, from receipt (seed 001: "within 5 working days"). */
  @Min(1)
  private int acknowledgeWorkingDays;
  /** A CME officer confirms whether two cases are the same child (confirm-case-match), from receipt (local practice). */
  @Min(1)
  private int caseMatchWorkingDays;
  /** A chase or reminder task, from when it is made (local practice). */
  @Min(1)
  private int chaseWorkingDays;
  /** The investigation's re-check, from the last entry (processes.md P1 step 3; local practice). */
  @Min(1)
  private int recheckWorkingDays;
  /** Admissions or SEND find a place, from the outcome (local practice). */
  @Min(1)
  private int placeAllocationWorkingDays;
  /** A hand-over to another team or process, from the outcome (local practice). */
  @Min(1)
  private int handOverWorkingDays;
  /** The CTF to the Lost Pupil Database, from the day the pupil left (Pupil Information Regulations 2005, reg. 9). */
  @Min(1)
  private int lostPupilCtfSchoolDays;
  /** The CME panel's cycle (seed 002: a monthly panel). */
  @Min(1)
  private int panelCycleWorkingDays;
  /** A school confirms a child is on its roll, from the request (processes.md P3 (a)). */
  @Min(1)
  private int confirmOnRollSchoolDays;
  /** A school keeps a pupil on roll after LA consent is refused (local practice). */
  @Min(1)
  private int keepPupilOnRollWorkingDays;
  /** The LA's part of the joint decision on grounds (h) and (i) (seed 001; local practice). */
  @Min(1)
  private int jointDecisionWorkingDays;
  /** The school is asked to confirm a departure this long after the leaving date (seed 002 App. 6). */
  @Min(1)
  private int departureCheckWorkingDays;
  /** The school confirms the family has left, from the leaving date (local practice). */
  @Min(1)
  private int confirmDepartureSchoolDays;
  /** Social care makes the inter-agency referral, from the concern (seed 002 section 7). */
  @Min(1)
  private int safeguardingReferralWorkingDays;
  /** SEND decide the LA's consent to deletion (rules.md R6; local practice). */
  @Min(1)
  private int laConsentWorkingDays;
  /** The social worker asks the family for a written EHE proposal (seed 002 section 7.4; local practice). */
  @Min(1)
  private int eheProposalWorkingDays;
  /** The social worker consults education colleagues (seed 002 section 7.4; local practice). */
  @Min(1)
  private int eheConsultationWorkingDays;
  /** The risk is assessed at the plan meeting (seed 002 section 7.4; local practice). */
  @Min(1)
  private int ehePlanMeetingWorkingDays;
  /** TLP contact the family (seed 002 section 5; local practice). */
  @Min(1)
  private int eheContactWorkingDays;
  /** TLP review the home education on its review date (local practice). */
  @Min(1)
  private int eheReviewWorkingDays;
  /** Unanswered contacts before a home-educating family is referred as CME (seed 002 section 1.5). */
  @Min(1)
  private int eheContactAttempts;
  /** An outbound enquiry is chased when not answered (processes.md P2; rules.md R7: setting). */
  @Min(1)
  private int outboundChaseWorkingDays;
  /** A case with no progress escalates (processes.md; rules.md R7: setting; seed 004). */
  @Min(1)
  private int noProgressSchoolDays;

  /** A notice sent by first-class post is deemed served this many working days after posting (local practice, the CPR 6.26 convention: the second business day). */
  @Min(1)
  private int saoDeemedServicePostWorkingDays;
  /** A notice emailed to a parent who agreed to email service is deemed served this many working days after sending (local practice: the next working day). */
  @Min(1)
  private int saoDeemedServiceEmailWorkingDays;
  /** The period of a notice to satisfy the authority, in calendar days beginning with the day of service: not less than 15 (Education Act 1996 s437(1)). */
  @Min(15)
  private int saoNoticeDays;
  /** The parent's choice of school after the notice of intention, in calendar days beginning with the day of service (Education Act 1996 s438: 15). */
  @Min(15)
  private int saoIntentionDays;
  /** The governing body's application to the Secretary of State, in calendar days beginning with the day it is consulted (Education Act 1996 s439: 15). */
  @Min(15)
  private int saoGoverningBodyDays;
  /** The home visit after a School Attendance Order is issued or a NIP, in calendar days beginning with the day of issue (seed 002 section 8). */
  @Min(1)
  private int saoHomeVisitDays;
  /** The LA tells the court why it will not apply for a directed education supervision order, in weeks beginning with the day of the direction (Education Act 1996 s447: 8 weeks, unless the court directs otherwise). */
  @Min(1) @Max(8)
  private int esoReasonsWeeks;
  /** Attendance is monitored this many school days after the first day at the named school before the order is complied with (local practice). */
  @Min(1)
  private int saoMonitoringSchoolDays;
  /** The reminder before a prosecution hearing, in working days before the hearing (local practice). */
  @Min(1)
  private int saoHearingReminderWorkingDays;
  /** The school named in a School Attendance Order holds the pre-admission meeting within this many school days of the order (local practice). */
  @Min(1)
  private int saoPamSchoolDays;
  /** The enforcement's casework steps (sao-prosecution: the ESO decision, the NIP, the file, the information), working days each (local practice). */
  @Min(1)
  private int saoEnforcementWorkingDays;
  /** A CME officer decides a parent's request to amend (s440) or revoke (s442) an order, from its receipt (local practice). */
  @Min(1)
  private int saoChangeDecisionWorkingDays;
  /** The parent registers the child at the school named by an amended order, working days after the decision (local practice). */
  @Min(1)
  private int saoAmendedRegistrationWorkingDays;
  /**
   * A person reviews an escalated case (the line manager, the SEND Team Manager, the Virtual School Head,
   * the QARO: the escalation routes that do not meet), working days from the stage's start (local practice).
   */
  @Min(1)
  private int escalationReviewWorkingDays;
  /** A CME officer plans a register inspection (school return or visit), working days from its start (P7; local practice). */
  @Min(1)
  private int inspectionPlanWorkingDays;
  /** The school (or the officer at a visit) compares the inspection's lists with the register, school days (P7; local practice). */
  @Min(1)
  private int inspectionReturnSchoolDays;
  /** The school sends an off-roll notification the inspection found missing, school days (P7; local practice). */
  @Min(1)
  private int inspectionNotificationSchoolDays;

  /** Every setting by its name in {@code cme.deadlines}, for the start-up log and the documentation. */
  public Map<String, Integer> asMap() {
    Map<String, Integer> all = new LinkedHashMap<>();
    all.put("acknowledge-working-days", acknowledgeWorkingDays);
    all.put("case-match-working-days", caseMatchWorkingDays);
    all.put("chase-working-days", chaseWorkingDays);
    all.put("recheck-working-days", recheckWorkingDays);
    all.put("place-allocation-working-days", placeAllocationWorkingDays);
    all.put("hand-over-working-days", handOverWorkingDays);
    all.put("lost-pupil-ctf-school-days", lostPupilCtfSchoolDays);
    all.put("panel-cycle-working-days", panelCycleWorkingDays);
    all.put("confirm-on-roll-school-days", confirmOnRollSchoolDays);
    all.put("keep-pupil-on-roll-working-days", keepPupilOnRollWorkingDays);
    all.put("joint-decision-working-days", jointDecisionWorkingDays);
    all.put("departure-check-working-days", departureCheckWorkingDays);
    all.put("confirm-departure-school-days", confirmDepartureSchoolDays);
    all.put("safeguarding-referral-working-days", safeguardingReferralWorkingDays);
    all.put("la-consent-working-days", laConsentWorkingDays);
    all.put("ehe-proposal-working-days", eheProposalWorkingDays);
    all.put("ehe-consultation-working-days", eheConsultationWorkingDays);
    all.put("ehe-plan-meeting-working-days", ehePlanMeetingWorkingDays);
    all.put("ehe-contact-working-days", eheContactWorkingDays);
    all.put("ehe-review-working-days", eheReviewWorkingDays);
    all.put("ehe-contact-attempts", eheContactAttempts);
    all.put("outbound-chase-working-days", outboundChaseWorkingDays);
    all.put("no-progress-school-days", noProgressSchoolDays);
    all.put("sao-deemed-service-post-working-days", saoDeemedServicePostWorkingDays);
    all.put("sao-deemed-service-email-working-days", saoDeemedServiceEmailWorkingDays);
    all.put("sao-notice-days", saoNoticeDays);
    all.put("sao-intention-days", saoIntentionDays);
    all.put("sao-governing-body-days", saoGoverningBodyDays);
    all.put("sao-home-visit-days", saoHomeVisitDays);
    all.put("eso-reasons-weeks", esoReasonsWeeks);
    all.put("sao-monitoring-school-days", saoMonitoringSchoolDays);
    all.put("sao-hearing-reminder-working-days", saoHearingReminderWorkingDays);
    all.put("sao-pam-school-days", saoPamSchoolDays);
    all.put("sao-enforcement-working-days", saoEnforcementWorkingDays);
    all.put("sao-change-decision-working-days", saoChangeDecisionWorkingDays);
    all.put("sao-amended-registration-working-days", saoAmendedRegistrationWorkingDays);
    all.put("escalation-review-working-days", escalationReviewWorkingDays);
    all.put("inspection-plan-working-days", inspectionPlanWorkingDays);
    all.put("inspection-return-school-days", inspectionReturnSchoolDays);
    all.put("inspection-notification-school-days", inspectionNotificationSchoolDays);
    return all;
  }

  public int getAcknowledgeWorkingDays() {
    return acknowledgeWorkingDays;
  }

  public void setAcknowledgeWorkingDays(int acknowledgeWorkingDays) {
    this.acknowledgeWorkingDays = acknowledgeWorkingDays;
  }

  public int getCaseMatchWorkingDays() {
    return caseMatchWorkingDays;
  }

  public void setCaseMatchWorkingDays(int caseMatchWorkingDays) {
    this.caseMatchWorkingDays = caseMatchWorkingDays;
  }

  public int getChaseWorkingDays() {
    return chaseWorkingDays;
  }

  public void setChaseWorkingDays(int chaseWorkingDays) {
    this.chaseWorkingDays = chaseWorkingDays;
  }

  public int getRecheckWorkingDays() {
    return recheckWorkingDays;
  }

  public void setRecheckWorkingDays(int recheckWorkingDays) {
    this.recheckWorkingDays = recheckWorkingDays;
  }

  public int getPlaceAllocationWorkingDays() {
    return placeAllocationWorkingDays;
  }

  public void setPlaceAllocationWorkingDays(int placeAllocationWorkingDays) {
    this.placeAllocationWorkingDays = placeAllocationWorkingDays;
  }

  public int getHandOverWorkingDays() {
    return handOverWorkingDays;
  }

  public void setHandOverWorkingDays(int handOverWorkingDays) {
    this.handOverWorkingDays = handOverWorkingDays;
  }

  public int getLostPupilCtfSchoolDays() {
    return lostPupilCtfSchoolDays;
  }

  public void setLostPupilCtfSchoolDays(int lostPupilCtfSchoolDays) {
    this.lostPupilCtfSchoolDays = lostPupilCtfSchoolDays;
  }

  public int getPanelCycleWorkingDays() {
    return panelCycleWorkingDays;
  }

  public void setPanelCycleWorkingDays(int panelCycleWorkingDays) {
    this.panelCycleWorkingDays = panelCycleWorkingDays;
  }

  public int getConfirmOnRollSchoolDays() {
    return confirmOnRollSchoolDays;
  }

  public void setConfirmOnRollSchoolDays(int confirmOnRollSchoolDays) {
    this.confirmOnRollSchoolDays = confirmOnRollSchoolDays;
  }

  public int getKeepPupilOnRollWorkingDays() {
    return keepPupilOnRollWorkingDays;
  }

  public void setKeepPupilOnRollWorkingDays(int keepPupilOnRollWorkingDays) {
    this.keepPupilOnRollWorkingDays = keepPupilOnRollWorkingDays;
  }

  public int getJointDecisionWorkingDays() {
    return jointDecisionWorkingDays;
  }

  public void setJointDecisionWorkingDays(int jointDecisionWorkingDays) {
    this.jointDecisionWorkingDays = jointDecisionWorkingDays;
  }

  public int getDepartureCheckWorkingDays() {
    return departureCheckWorkingDays;
  }

  public void setDepartureCheckWorkingDays(int departureCheckWorkingDays) {
    this.departureCheckWorkingDays = departureCheckWorkingDays;
  }

  public int getConfirmDepartureSchoolDays() {
    return confirmDepartureSchoolDays;
  }

  public void setConfirmDepartureSchoolDays(int confirmDepartureSchoolDays) {
    this.confirmDepartureSchoolDays = confirmDepartureSchoolDays;
  }

  public int getSafeguardingReferralWorkingDays() {
    return safeguardingReferralWorkingDays;
  }

  public void setSafeguardingReferralWorkingDays(int safeguardingReferralWorkingDays) {
    this.safeguardingReferralWorkingDays = safeguardingReferralWorkingDays;
  }

  public int getLaConsentWorkingDays() {
    return laConsentWorkingDays;
  }

  public void setLaConsentWorkingDays(int laConsentWorkingDays) {
    this.laConsentWorkingDays = laConsentWorkingDays;
  }

  public int getEheProposalWorkingDays() {
    return eheProposalWorkingDays;
  }

  public void setEheProposalWorkingDays(int eheProposalWorkingDays) {
    this.eheProposalWorkingDays = eheProposalWorkingDays;
  }

  public int getEheConsultationWorkingDays() {
    return eheConsultationWorkingDays;
  }

  public void setEheConsultationWorkingDays(int eheConsultationWorkingDays) {
    this.eheConsultationWorkingDays = eheConsultationWorkingDays;
  }

  public int getEhePlanMeetingWorkingDays() {
    return ehePlanMeetingWorkingDays;
  }

  public void setEhePlanMeetingWorkingDays(int ehePlanMeetingWorkingDays) {
    this.ehePlanMeetingWorkingDays = ehePlanMeetingWorkingDays;
  }

  public int getEheContactWorkingDays() {
    return eheContactWorkingDays;
  }

  public void setEheContactWorkingDays(int eheContactWorkingDays) {
    this.eheContactWorkingDays = eheContactWorkingDays;
  }

  public int getEheReviewWorkingDays() {
    return eheReviewWorkingDays;
  }

  public void setEheReviewWorkingDays(int eheReviewWorkingDays) {
    this.eheReviewWorkingDays = eheReviewWorkingDays;
  }

  public int getEheContactAttempts() {
    return eheContactAttempts;
  }

  public void setEheContactAttempts(int eheContactAttempts) {
    this.eheContactAttempts = eheContactAttempts;
  }

  public int getOutboundChaseWorkingDays() {
    return outboundChaseWorkingDays;
  }

  public void setOutboundChaseWorkingDays(int outboundChaseWorkingDays) {
    this.outboundChaseWorkingDays = outboundChaseWorkingDays;
  }

  public int getNoProgressSchoolDays() {
    return noProgressSchoolDays;
  }

  public void setNoProgressSchoolDays(int noProgressSchoolDays) {
    this.noProgressSchoolDays = noProgressSchoolDays;
  }

  public int getSaoDeemedServicePostWorkingDays() {
    return saoDeemedServicePostWorkingDays;
  }

  public void setSaoDeemedServicePostWorkingDays(int saoDeemedServicePostWorkingDays) {
    this.saoDeemedServicePostWorkingDays = saoDeemedServicePostWorkingDays;
  }

  public int getSaoDeemedServiceEmailWorkingDays() {
    return saoDeemedServiceEmailWorkingDays;
  }

  public void setSaoDeemedServiceEmailWorkingDays(int saoDeemedServiceEmailWorkingDays) {
    this.saoDeemedServiceEmailWorkingDays = saoDeemedServiceEmailWorkingDays;
  }

  public int getSaoNoticeDays() {
    return saoNoticeDays;
  }

  public void setSaoNoticeDays(int saoNoticeDays) {
    this.saoNoticeDays = saoNoticeDays;
  }

  public int getSaoIntentionDays() {
    return saoIntentionDays;
  }

  public void setSaoIntentionDays(int saoIntentionDays) {
    this.saoIntentionDays = saoIntentionDays;
  }

  public int getSaoGoverningBodyDays() {
    return saoGoverningBodyDays;
  }

  public void setSaoGoverningBodyDays(int saoGoverningBodyDays) {
    this.saoGoverningBodyDays = saoGoverningBodyDays;
  }

  public int getSaoHomeVisitDays() {
    return saoHomeVisitDays;
  }

  public void setSaoHomeVisitDays(int saoHomeVisitDays) {
    this.saoHomeVisitDays = saoHomeVisitDays;
  }

  public int getEsoReasonsWeeks() {
    return esoReasonsWeeks;
  }

  public void setEsoReasonsWeeks(int esoReasonsWeeks) {
    this.esoReasonsWeeks = esoReasonsWeeks;
  }

  public int getSaoMonitoringSchoolDays() {
    return saoMonitoringSchoolDays;
  }

  public void setSaoMonitoringSchoolDays(int saoMonitoringSchoolDays) {
    this.saoMonitoringSchoolDays = saoMonitoringSchoolDays;
  }

  public int getSaoHearingReminderWorkingDays() {
    return saoHearingReminderWorkingDays;
  }

  public void setSaoHearingReminderWorkingDays(int saoHearingReminderWorkingDays) {
    this.saoHearingReminderWorkingDays = saoHearingReminderWorkingDays;
  }

  public int getSaoPamSchoolDays() {
    return saoPamSchoolDays;
  }

  public void setSaoPamSchoolDays(int saoPamSchoolDays) {
    this.saoPamSchoolDays = saoPamSchoolDays;
  }

  public int getSaoEnforcementWorkingDays() {
    return saoEnforcementWorkingDays;
  }

  public void setSaoEnforcementWorkingDays(int saoEnforcementWorkingDays) {
    this.saoEnforcementWorkingDays = saoEnforcementWorkingDays;
  }

  public int getSaoChangeDecisionWorkingDays() {
    return saoChangeDecisionWorkingDays;
  }

  public void setSaoChangeDecisionWorkingDays(int saoChangeDecisionWorkingDays) {
    this.saoChangeDecisionWorkingDays = saoChangeDecisionWorkingDays;
  }

  public int getSaoAmendedRegistrationWorkingDays() {
    return saoAmendedRegistrationWorkingDays;
  }

  public void setSaoAmendedRegistrationWorkingDays(int saoAmendedRegistrationWorkingDays) {
    this.saoAmendedRegistrationWorkingDays = saoAmendedRegistrationWorkingDays;
  }

  public int getEscalationReviewWorkingDays() {
    return escalationReviewWorkingDays;
  }

  public void setEscalationReviewWorkingDays(int escalationReviewWorkingDays) {
    this.escalationReviewWorkingDays = escalationReviewWorkingDays;
  }

  public int getInspectionPlanWorkingDays() {
    return inspectionPlanWorkingDays;
  }

  public void setInspectionPlanWorkingDays(int inspectionPlanWorkingDays) {
    this.inspectionPlanWorkingDays = inspectionPlanWorkingDays;
  }

  public int getInspectionReturnSchoolDays() {
    return inspectionReturnSchoolDays;
  }

  public void setInspectionReturnSchoolDays(int inspectionReturnSchoolDays) {
    this.inspectionReturnSchoolDays = inspectionReturnSchoolDays;
  }

  public int getInspectionNotificationSchoolDays() {
    return inspectionNotificationSchoolDays;
  }

  public void setInspectionNotificationSchoolDays(int inspectionNotificationSchoolDays) {
    this.inspectionNotificationSchoolDays = inspectionNotificationSchoolDays;
  }
}
