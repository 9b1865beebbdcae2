package uk.gov.cme.casewide;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.gov.cme.casewide.CaseWorld.Email;

/**
 * Issue 8, defect 8, "social worker not told": over real HTTP, with the real engine, register and an
 * SMTP server. The CME officer records, on the investigation, that the child has a child in need plan
 * and who the allocated social worker is; from then on the social worker is emailed each change of the
 * child's education status (the case handed to the EHE check, home education judged unsuitable), with
 * the case reference and the child's initials only; social care, on the EHE check's own steps for a
 * child with a plan, finds the social worker the register holds. A child without a plan: nobody is told.
 */
class SocialWorkerToldOfEveryChangeOfEducationStatusTest extends CaseWorldTest {

  static final String SOCIAL_WORKER = "jo.worker@council.example";

  @Test
  void the_social_worker_of_a_child_with_a_plan_is_told_of_every_change_of_education_status() throws Exception {
    String caseReference = world.refer("riverside.dsl", "Kai", "Planholder", "2013-06-06", null,
        "dsl@riverside.example");
    String referral = world.instance("cme-referral", caseReference);
    world.complete("cme.officer", referral, "Task_AcknowledgeReferral", Map.of());
    world.complete("cme.officer", referral, "Task_InvestigateWhereabouts", Map.of(
        "investigationOutcome", "enquiry-recorded", "enquiryAgency", "social-care", "enquiryContact", "MASH",
        "enquirySentOn", CaseWorld.today(), "enquiryAnswer", "Known: child in need plan",
        "childInNeedPlan", true, "socialWorkerName", "Jo Worker", "socialWorkerEmail", SOCIAL_WORKER,
        "socialWorkerTeam", "Children's Services Team 3"));
    world.complete("cme.officer", referral, "Task_InvestigateWhereabouts", Map.of(
        "investigationOutcome", "ehe", "outcomeDetails", "The parents home educate since October"));
    String eheCheck = world.instance("ehe-check", caseReference);
    world.complete("social.care", eheCheck, "Task_AskFamilyForProposal", Map.of("proposalRequestedOn",
        CaseWorld.today(), "strategyDiscussion", "not-needed", "strategyDiscussionNotes", "No new concerns",
        "socialWorkerName", "Jo Worker", "socialWorkerEmail", SOCIAL_WORKER,
        "socialWorkerTeam", "Children's Services Team 3"));
    world.complete("social.care", eheCheck, "Task_ConsultEducation", Map.of("educationConsultedOn", CaseWorld.today(),
        "educationColleaguesViews", "None", "previousSchoolViews", "Attendance was good"));
    world.complete("social.care", eheCheck, "Task_AssessRiskAtPlanMeeting", Map.of("planMeeting", "cin-review",
        "planMeetingDate", CaseWorld.today(), "riskAssessment", "Low", "suitabilityReview", "A plan was sent",
        "planDecision", "continue", "planDecisionReason", "No increased risk"));
    world.complete("tlp", eheCheck, "Task_ContactFamily", Map.of(
        "contactOutcome", "unsuitable", "contactMadeOn", CaseWorld.today(), "suitabilityNotes", "No education seen"));

    List<Email> told = world.sendEmails(caseReference).stream().filter(e -> e.to().equals(SOCIAL_WORKER)).toList();
    assertThat(told).extracting(Email::subject).containsOnly("Change of education status: " + caseReference);
    assertThat(told).extracting(Email::body).satisfiesExactly(
        recorded -> assertThat(recorded).contains("you are now recorded as the child's allocated social worker"),
        homeEducation -> assertThat(homeEducation).contains("the parents have told us the child is to be educated at home"),
        unsuitable -> assertThat(unsuitable).contains("judged the home education unsuitable"));
    assertThat(told).allSatisfy(e -> assertThat(e.body()).contains("K.P.").contains(caseReference)
        .doesNotContain("Kai").doesNotContain("Planholder"));
  }

  @Test
  void a_social_workers_address_that_is_not_one_is_refused_with_400_naming_the_field_and_nothing_is_saved()
      throws Exception {
    String caseReference = world.refer("riverside.dsl", "Nico", "Badaddress", "2013-08-08", null,
        "dsl@riverside.example");
    String referral = world.instance("cme-referral", caseReference);
    world.complete("cme.officer", referral, "Task_AcknowledgeReferral", Map.of());
    String task = engine.getTaskService().createTaskQuery().processInstanceId(referral)
        .taskDefinitionKey("Task_InvestigateWhereabouts").singleResult().getId();

    var answer = http.withBasicAuth("cme.officer", CaseWorld.PASSWORD).postForEntity("/engine-rest/task/" + task
        + "/complete", Map.of("variables", Map.of("investigationOutcome", Map.of("value", "enquiry-recorded"),
            "enquiryAgency", Map.of("value", "social-care"), "enquiryContact", Map.of("value", "MASH"),
            "enquirySentOn", Map.of("value", CaseWorld.today()), "enquiryAnswer", Map.of("value", "Known"),
            "childInNeedPlan", Map.of("value", true), "socialWorkerEmail", Map.of("value", "jo.worker at council"))),
        String.class);

    assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(400);
    assertThat(answer.getBody()).contains("socialWorkerEmail").contains("not a valid email address");
    assertThat(engine.getTaskService().createTaskQuery().taskId(task).count()).as("the task stays open").isEqualTo(1);
    assertThat(engine.getRuntimeService().getVariable(referral, "enquiryLog")).as("nothing was saved").isEqualTo("");
  }

  @Test
  void without_a_plan_no_social_worker_is_told() throws Exception {
    String caseReference = world.refer("riverside.dsl", "Lee", "Noplan", "2013-07-07", null, "dsl@riverside.example");
    String referral = world.instance("cme-referral", caseReference);
    world.complete("cme.officer", referral, "Task_AcknowledgeReferral", Map.of());
    world.complete("cme.officer", referral, "Task_InvestigateWhereabouts", Map.of(
        "investigationOutcome", "ehe", "outcomeDetails", "Home educated", "childProtectionPlan", false,
        "childInNeedPlan", false, "socialWorkerEmail", SOCIAL_WORKER));

    assertThat(world.sendEmails(caseReference)).extracting(Email::to).doesNotContain(SOCIAL_WORKER);
  }
}
