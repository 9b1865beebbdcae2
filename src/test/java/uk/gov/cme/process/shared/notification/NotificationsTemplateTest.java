package uk.gov.cme.process.shared.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import uk.gov.cme.process.shared.notification.Notifications.RenderedNotification;

/** Rendering the notification templates; nothing is sent. */
class NotificationsTemplateTest {

  static final List<String> TEMPLATES = List.of(
      "referral-acknowledged", "referral-closed", "referral-not-cme", "referral-ehe-check",
      "case-update-half-termly", "off-roll-refused", "education-status-changed", "off-roll-sao-keeps-pupil",
      "outbound-enquiry", "outbound-enquiry-chase");
  /** Sent to a parent with a letter attached (issue 10): not to a professional, so no IARF advice. */
  static final List<String> TO_PARENTS = List.of("letter-to-parent");
  /** Sent to the allocated social worker, who is children's social care: no IARF advice. */
  static final String TO_SOCIAL_WORKER = "education-status-changed";

  final Notifications notifications = new Notifications(new JavaMailSenderImpl(), "cme-team@localhost");

  @Test
  void the_templates_folder_holds_exactly_the_known_templates() throws IOException, URISyntaxException {
    Path folder = Path.of(getClass().getClassLoader().getResource("notifications").toURI());
    try (Stream<Path> files = Files.list(folder)) {
      assertThat(files.map(f -> f.getFileName().toString()))
          .containsExactlyInAnyOrderElementsOf(java.util.stream.Stream.concat(TEMPLATES.stream(), TO_PARENTS.stream())
              .map(t -> t + ".txt").toList());
    }
  }

  @Test
  void the_letter_to_a_parent_names_the_child_by_initials_only() {
    RenderedNotification n = notifications.render("letter-to-parent", aFullModel());
    assertThat(n.subject()).isEqualTo(
        "A letter from the Children Missing Education team (reference CME-2026-00042)");
    assertThat(n.body()).contains("S.E.").contains("attached as a PDF").doesNotContain("{{")
        .endsWith("Children Missing Education team\n");
  }

  @ParameterizedTest
  @MethodSource("templates")
  void every_template_renders_the_case_reference_and_initials_with_nothing_left_over(String template) {
    RenderedNotification n = notifications.render(template, aFullModel());

    assertThat(n.subject()).contains("CME-2026-00042").doesNotContain("{{").doesNotContain("\n");
    assertThat(n.body()).contains("CME-2026-00042").contains("S.E.")
        .doesNotContain("{{").doesNotContain("}}").doesNotContain("Subject:")
        .contains(TO_SOCIAL_WORKER.equals(template) ? "999" : "inter-agency referral (IARF)")
        .endsWith("Children Missing Education team\n");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      referral-acknowledged   | Referral CME-2026-00042 received by the Children Missing Education team
      referral-closed         | Referral CME-2026-00042 is closed
      referral-not-cme        | Referral CME-2026-00042: not a child missing education
      referral-ehe-check      | Referral CME-2026-00042: passed to the Elective Home Education team
      case-update-half-termly | Half-termly update on referral CME-2026-00042
      off-roll-refused        | Off-roll notification CME-2026-00042: keep the pupil on roll
      education-status-changed | Change of education status: CME-2026-00042
      off-roll-sao-keeps-pupil | Off-roll notification CME-2026-00042: keep the pupil on roll under the School Attendance Order
      outbound-enquiry        | Children missing education enquiry CME-2026-00042: is this child known to you?
      outbound-enquiry-chase  | Reminder: children missing education enquiry CME-2026-00042
      """)
  void subjects(String template, String subject) {
    assertThat(notifications.render(template, aFullModel()).subject()).isEqualTo(subject);
  }

  @Test
  void not_cme_gives_the_reason_and_the_signposting_as_written_without_html_escaping() {
    Map<String, Object> model = aFullModel();
    model.put("reason", "The child's education is \"suitable\" & assessed.");

    String body = notifications.render("referral-not-cme", model).body();

    assertThat(body).contains("We have looked at the information you gave us. "
            + "The child's education is \"suitable\" & assessed.\n")
        .contains("What to do instead\n\nRefer the child to the Elective Home Education team.\n\n"
            + "We have closed this referral.");
  }

  @Test
  void not_cme_without_signposting_leaves_out_the_whole_section() {
    Map<String, Object> model = aFullModel();
    model.put("signposting", " ");

    String body = notifications.render("referral-not-cme", model).body();

    assertThat(body).doesNotContain("What to do instead")
        .contains("We have looked at the information you gave us. The child is on a school roll.\n\n"
            + "We have closed this referral.");
  }

  @Test
  void ehe_check_says_the_elective_home_education_team_will_assess_and_the_case_stays_open() {
    Map<String, Object> model = aFullModel();
    model.put("reason", "We have passed the child to the Elective Home Education team.");

    assertThat(notifications.render("referral-ehe-check", model).body())
        .contains("We have looked at the information you gave us. We have passed the child to the Elective Home Education team.\n")
        .contains("You do not need to refer the child anywhere else. The case stays open")
        .doesNotContain("We have closed");
  }

  @Test
  void closed_states_the_outcome() {
    assertThat(notifications.render("referral-closed", aFullModel()).body())
        .contains("Outcome: The child is on the roll of a school and attending.\n");
  }

  @Test
  void off_roll_refused_tells_the_school_to_keep_the_pupil_on_roll_and_why() {
    assertThat(notifications.render("off-roll-refused", aFullModel()).body())
        .contains("please keep the pupil on roll")
        .contains("Why: The child is on a school roll.\n");

    Map<String, Object> model = aFullModel();
    model.remove("reason");
    assertThatThrownBy(() -> notifications.render("off-roll-refused", model))
        .isInstanceOf(NotificationException.class).hasMessageContaining("'reason'");
  }

  /** Issue 10: ground (a) for a pupil whose School Attendance Order names the school is not accepted. */
  @Test
  void sao_keeps_pupil_quotes_the_ground_and_the_sections_of_the_act() {
    Map<String, Object> model = aFullModel();
    model.put("ground", "a");
    model.put("groundMeaning", "registered at another school");
    model.put("groundCitation",
        "regulation 9(1)(a) of the School Attendance (Pupil Registration) (England) Regulations 2024");

    assertThat(notifications.render("off-roll-sao-keeps-pupil", model).body())
        .contains("You gave ground (a): registered at another school (regulation 9(1)(a) of the School Attendance"
            + " (Pupil Registration) (England) Regulations 2024).\nA School Attendance Order that is in force names"
            + " your school for this pupil")
        .contains("section 437").contains("section 440; ground (d)").contains("section 442; ground (e)")
        .contains("please keep the pupil on roll");
    model.remove("groundCitation");
    assertThat(notifications.render("off-roll-sao-keeps-pupil", model).body()).doesNotContain("You gave ground")
        .contains("(our reference CME-2026-00042).\n\nA School Attendance Order that is in force");
  }

  /**
   * Issue 8, defect 12, "Statutory references are only in comments": the refusal names the ground the
   * school gave and quotes its regulation in full.
   */
  @Test
  void statutory_references_the_refusal_quotes_the_ground_and_regulation_9_1_h() {
    Map<String, Object> model = aFullModel();
    model.put("ground", "h");
    model.put("groundMeaning", "not back within 10 school days after leave of absence, after joint reasonable enquiries");
    model.put("groundCitation",
        "regulation 9(1)(h) of the School Attendance (Pupil Registration) (England) Regulations 2024");

    assertThat(notifications.render("off-roll-refused", model).body())
        .contains("You gave ground (h): not back within 10 school days after leave of absence, after joint"
            + " reasonable enquiries. A pupil's name may be deleted from the admission register under regulation"
            + " 9(1)(h) of the School Attendance (Pupil Registration) (England) Regulations 2024 only when the school"
            + " and the local authority have both made reasonable enquiries and agree (a joint decision). We do not"
            + " agree that the pupil's name should be deleted now, so please keep the pupil on roll.\n\nWhy: ")
        .doesNotContain("The ground you gave needs");
  }

  /** A notification received before the citations were data has none: the earlier wording, no gap. */
  @Test
  void a_refusal_without_the_grounds_citation_keeps_the_earlier_wording() {
    assertThat(notifications.render("off-roll-refused", aFullModel()).body())
        .contains("(our reference CME-2026-00042).\n\nThe ground you gave needs a joint decision by the school and"
            + " the local authority before the pupil's name is deleted from the admission register. We do not agree")
        .doesNotContain("You gave ground").doesNotContain("regulation");
  }

  @Test
  void half_termly_update_gives_the_status_or_says_enquiries_go_on() {
    assertThat(notifications.render("case-update-half-termly", aFullModel()).body())
        .contains("The case is still open.\nWhere things stand: Enquiries with two other local authorities.\n\n")
        .doesNotContain("still making enquiries");

    Map<String, Object> model = aFullModel();
    model.remove("caseStatus");
    assertThat(notifications.render("case-update-half-termly", model).body())
        .contains("The case is still open.\nA Children Missing Education officer is still making enquiries")
        .doesNotContain("Where things stand");
  }

  @Test
  void without_initials_the_child_is_not_named_at_all() {
    Map<String, Object> model = aFullModel();
    model.remove("childInitials");

    assertThat(notifications.render("referral-acknowledged", model).body())
        .contains("Thank you for your referral about the child (our reference CME-2026-00042).")
        .doesNotContain("initials");
  }

  @Test
  void a_required_value_that_is_missing_or_blank_fails_naming_the_template_and_the_value() {
    Map<String, Object> model = aFullModel();
    model.put("outcome", "");

    assertThatThrownBy(() -> notifications.render("referral-closed", model))
        .isInstanceOf(NotificationException.class)
        .hasMessageContaining("referral-closed").hasMessageContaining("'outcome'");

    model.remove("caseReference");
    assertThatThrownBy(() -> notifications.render("referral-acknowledged", model))
        .isInstanceOf(NotificationException.class).hasMessageContaining("'caseReference'");
  }

  @Test
  void unknown_and_malformed_template_names_are_refused() {
    assertThatThrownBy(() -> notifications.render("no-such-template", aFullModel()))
        .isInstanceOf(NotificationException.class).hasMessageContaining("no notification template 'no-such-template'");
    assertThatThrownBy(() -> notifications.render("../application", aFullModel()))
        .isInstanceOf(NotificationException.class).hasMessageContaining("not a notification template name");
    assertThatThrownBy(() -> notifications.render(null, aFullModel()))
        .isInstanceOf(NotificationException.class);
  }

  @Test
  void invalid_addresses_are_refused_before_anything_is_sent() {
    assertThatThrownBy(() -> new Notifications(new JavaMailSenderImpl(), "not an address"))
        .isInstanceOf(NotificationException.class).hasMessageContaining("cme.notifications.from");
    assertThatThrownBy(() -> notifications.send("referral-closed", "a@example.org, b@example.org", aFullModel()))
        .isInstanceOf(NotificationException.class).hasMessageContaining("recipient: not a valid email address");
    assertThatThrownBy(() -> notifications.send("referral-closed", "someone", aFullModel()))
        .isInstanceOf(NotificationException.class).hasMessageNotContaining("someone");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
      Sam       | Example       | S.E.
      sam       | example-smith | S.E.
      Mary Jane | Doe           | M.J.D.
      Zoë       | Ødegaard      | Z.Ø.
      null      | Example       | E.
      ' '       | null          | ''
      """)
  void initials(String forename, String surname, String initials) {
    assertThat(Notifications.initials(forename, surname)).isEqualTo(initials);
  }

  /** Issue 13: the enquiry to another LA carries the enquiry exactly as the officer checked it. */
  @ParameterizedTest
  @CsvSource({"outbound-enquiry", "outbound-enquiry-chase"})
  void the_enquiry_to_another_la_carries_the_enquiry_text_as_checked(String template) {
    assertThat(notifications.render(template, aFullModel()).body())
        .contains("\nOur reference: CME-2026-00042\nName: Sam Example\n").contains("necessary and proportionate");
  }

  static Stream<String> templates() {
    return TEMPLATES.stream();
  }

  static Map<String, Object> aFullModel() {
    Map<String, Object> model = new HashMap<>();
    model.put("caseReference", "CME-2026-00042");
    model.put("childInitials", "S.E.");
    model.put("outcome", "The child is on the roll of a school and attending.");
    model.put("reason", "The child is on a school roll.");
    model.put("signposting", "Refer the child to the Elective Home Education team.");
    model.put("caseStatus", "Enquiries with two other local authorities.");
    model.put("enquiryText", "Our reference: CME-2026-00042\nName: Sam Example");
    return model;
  }
}
