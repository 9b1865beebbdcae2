package uk.gov.cme.process.cmereferral;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import uk.gov.cme.casework.Casework;
import uk.gov.cme.rules.schools.SchoolDirectory;
import uk.gov.cme.process.ProcessTestEngine;
import uk.gov.cme.process.shared.SystemCalls;
import uk.gov.cme.process.shared.safeguarding.SafeguardingDelegates;
import uk.gov.cme.security.CaseAccess;

/**
 * Test helper: the CME referral's real delegates over a case register, for the process tests that run
 * it (its own and those of the processes that hand referrals to it). Hand-overs to other processes and
 * emails are recorded, not run.
 */
public final class CmeReferralBeans {

  /** The demo schools' names, as the school groups give them in the application. */
  public static final uk.gov.cme.process.shared.forms.SchoolNames SCHOOLS = urn -> java.util.Optional.ofNullable(
      Map.of("999001", "Riverside Primary School", "999002", "Hillcrest Academy").get(urn));

  private CmeReferralBeans() {
  }

  /**
   * @param started each hand-over to another process, as {@code <process key>:<case reference>}
   * @param emails  each email the process hands to the notification block, as template and recipient
   */
  public static void register(ProcessEngine engine, Casework casework, List<String> started,
                              List<Map<String, Object>> emails) {
    @SuppressWarnings("unchecked")
    Map<Object, Object> beans = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getBeans();
    var runtime = engine.getRuntimeService();
    ReferralIntake intake = intake(engine);
    beans.put(ProcessTestEngine.CASE_ACCESS, new CaseAccess(casework, ProcessTestEngine.access()));
    beans.put("recordReferralDelegate", new RecordReferralDelegate(intake, casework, runtime));
    beans.put("joinOpenCaseDelegate", new JoinOpenCaseDelegate(intake, casework, runtime, SCHOOLS));
    beans.put("recordClassificationDelegate", new RecordClassificationDelegate(casework));
    beans.put("closeCaseDelegate", new CloseCaseDelegate(casework));
    beans.put("acknowledgeReferralDelegate", new AcknowledgeReferralDelegate(casework));
    beans.put("recordEnquiryDelegate", new RecordEnquiryDelegate(casework));
    beans.put("recordLostPupilDelegate", new RecordLostPupilDelegate(casework));
    beans.put("schoolChoice", new SchoolChoice(schools()));
    beans.put("socialWorkerOnTask", new uk.gov.cme.process.shared.socialcare.SocialWorkerOnTask(casework));
    beans.put("raiseSafeguardingConcernDelegate", SafeguardingDelegates.raise(runtime));
    beans.put("recordSafeguardingConcernDelegate", SafeguardingDelegates.record());
    beans.put("startEheCheckDelegate", (JavaDelegate) execution ->
        started.add("ehe-check:" + execution.getVariable("caseReference")));
    beans.put("startEmigrationDelegate", (JavaDelegate) execution ->
        started.add("emigration:" + execution.getVariable("caseReference")));
    beans.put("startSchoolAttendanceOrderDelegate", (JavaDelegate) execution ->
        started.add("school-attendance-order:" + execution.getVariable("caseReference") + ":"
            + execution.getVariable("saoTrigger")));
    beans.put("startEscalationDelegate", (JavaDelegate) execution ->
        started.add("escalation:" + execution.getVariable("caseReference") + ":"
            + execution.getVariable("escalationTrigger")));
    beans.put("notifyDelegate", (JavaDelegate) execution -> emails.add(Map.<String, Object>of(
        "template", execution.getVariable("notificationTemplate"),
        "to", String.valueOf(execution.getVariable("notificationTo")))));
  }

  /** The shipped schools file (the demo schools, 999001 and 999002). */
  public static SchoolDirectory schools() {
    try (var in = CmeReferralBeans.class.getResourceAsStream("/schools/schools.csv")) {
      return SchoolDirectory.parse(in, "schools/schools.csv");
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** The referral intake over the classification table deployed to {@code engine}. */
  public static ReferralIntake intake(ProcessEngine engine) {
    return new ReferralIntake(new ClassificationTable(engine.getRepositoryService(),
        new SystemCalls(engine.getProcessEngineConfiguration())));
  }

  /** A referral from a school as its form sends it (the five attempts to locate made). */
  public static Map<String, Object> aSchoolReferral() {
    Map<String, Object> referral = CmeReferralProcessTest.aSchoolReferral();
    referral.remove("referralSource");
    return referral;
  }
}
