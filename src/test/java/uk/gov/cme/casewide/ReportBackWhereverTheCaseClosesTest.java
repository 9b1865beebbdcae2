package uk.gov.cme.casewide;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import uk.gov.cme.casewide.CaseWorld.Email;

/**
 * Issue 8, defect 4, "report back is missing wherever a case leaves P1": over real HTTP, with the real
 * engine, register and an SMTP server. The referrer is told whenever the case closes, whichever process
 * closes it (here the EHE check and the emigration checks, after the CME referral handed the child over);
 * the half-termly update goes on for as long as the case is open, whichever process holds it.
 */
class ReportBackWhereverTheCaseClosesTest extends CaseWorldTest {

  @Test
  void the_referrer_is_told_when_the_ehe_check_closes_the_case_as_suitable() throws Exception {
    String caseReference = world.refer("riverside.dsl", "Rowan", "Reportback", "2013-04-04", null,
        "dsl@riverside.example");
    world.acknowledgeAndInvestigate(caseReference, Map.of("investigationOutcome", "ehe",
        "outcomeDetails", "The parents home educate since October"));
    String eheCheck = world.instance("ehe-check", caseReference);

    world.complete("tlp", eheCheck, "Task_ContactFamily", Map.of("contactOutcome", "suitable",
        "contactMadeOn", CaseWorld.today(), "suitabilityNotes", "A structured curriculum with tutors",
        "reviewDate", CaseWorld.daysFromToday(300)));

    List<Email> emails = world.sendEmails(caseReference);
    assertThat(emails).filteredOn(e -> e.subject().equals("Referral " + caseReference + " is closed"))
        .singleElement().satisfies(e -> {
          assertThat(e.to()).isEqualTo("dsl@riverside.example");
          assertThat(e.body()).contains("Outcome: electively home educated and suitable").contains("R.R.")
              .doesNotContain("Rowan").doesNotContain("Reportback");
        });
  }

  @Test
  void the_referrer_is_told_when_the_emigration_checks_close_the_case_as_left_the_country() throws Exception {
    String caseReference = world.refer("hillcrest.dsl", "Skye", "Reportback", "2012-02-02", null,
        "dsl@hillcrest.example");
    world.acknowledgeAndInvestigate(caseReference, Map.of("investigationOutcome", "abroad",
        "outcomeDetails", "The family moved to Spain", "destinationCountry", "Spain",
        "destinationAddress", "Calle Mayor 1, Madrid", "leavingDate", CaseWorld.daysFromToday(-10)));
    String emigration = world.instance("emigration", caseReference);
    world.runDueJobs(emigration);

    world.complete("cme.officer", emigration, "Task_ConfirmDeparture", Map.of("departureOutcome", "confirmed",
        "departureEvidence", "The Spanish school confirmed the enrolment", "offRolledOn", CaseWorld.today()));

    assertThat(world.sendEmails(caseReference))
        .filteredOn(e -> e.subject().equals("Referral " + caseReference + " is closed"))
        .singleElement().satisfies(e -> {
          assertThat(e.to()).isEqualTo("dsl@hillcrest.example");
          assertThat(e.body()).contains("Outcome: left the country (confirmed)");
        });
  }

  @Test
  void the_half_termly_update_goes_on_after_the_cme_referral_hands_the_case_over() throws Exception {
    String caseReference = world.refer("riverside.dsl", "Ash", "Reportback", "2014-05-05", null,
        "dsl@riverside.example");
    world.acknowledgeAndInvestigate(caseReference, Map.of("investigationOutcome", "ehe",
        "outcomeDetails", "The parents home educate"));
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("cme-referral")
        .processInstanceBusinessKey(caseReference).count()).as("the CME referral handed the case over").isZero();

    List<Job> halfTerm = engine.getRuntimeService().createProcessInstanceQuery()
        .processInstanceBusinessKey(caseReference).list().stream()
        .flatMap(instance -> engine.getManagementService().createJobQuery().processInstanceId(instance.getId())
            .timers().activityId("Event_NextHalfTerm").list().stream())
        .toList();
    assertThat(halfTerm).as("the case still waits for its next half-termly update").hasSize(1);
    engine.getManagementService().executeJob(halfTerm.get(0).getId());

    assertThat(world.sendEmails(caseReference))
        .filteredOn(e -> e.subject().equals("Half-termly update on referral " + caseReference))
        .singleElement().satisfies(e -> assertThat(e.to()).isEqualTo("dsl@riverside.example"));
  }
}
