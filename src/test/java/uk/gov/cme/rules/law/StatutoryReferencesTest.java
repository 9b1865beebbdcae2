package uk.gov.cme.rules.law;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import uk.gov.cme.casework.DeletionGround;

/**
 * Issue 8, defect 12, "Statutory references are only in comments": the grounds of deletion, the
 * returns, the School Attendance Order sections and the periods carry their citations as data
 * ({@link Citation}, {@link Period}, {@link DeletionGround#citation()}); the off-roll forms show them;
 * every provision a form, model or email mentions is one of them; docs/law.md lists them all.
 */
class StatutoryReferencesTest {

  static final String REGULATIONS_2024 = "School Attendance (Pupil Registration) (England) Regulations 2024";
  static final ObjectMapper JSON = new ObjectMapper();

  // --- the data -------------------------------------------------------------------------------

  @ParameterizedTest(name = "ground ({0})")
  @ValueSource(strings = {"a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l", "m", "n", "o"})
  void every_ground_a_to_o_has_its_citation_regulation_9_1_of_si_2024_208(String letter) {
    Citation citation = DeletionGround.ofLetter(letter).orElseThrow().citation();

    assertThat(citation.legislation()).isEqualTo(Legislation.PUPIL_REGISTRATION_REGULATIONS_2024);
    assertThat(citation.provision()).isEqualTo("9(1)(" + letter + ")");
    assertThat(citation.inFull()).isEqualTo("regulation 9(1)(" + letter + ") of the " + REGULATIONS_2024);
    assertThat(citation.shortForm()).isEqualTo("SI 2024/208 reg 9(1)(" + letter + ")");
    assertThat(citation.url()).isEqualTo("https://www.legislation.gov.uk/uksi/2024/208/regulation/9");
    assertThat(DeletionGround.ofLetter(letter).orElseThrow().label())
        .isEqualTo("reg 9(1)(" + letter + "): " + DeletionGround.ofLetter(letter).orElseThrow().meaning());
  }

  @Test
  void the_fifteen_grounds_have_fifteen_different_citations() {
    assertThat(Arrays.stream(DeletionGround.values()).map(DeletionGround::citation).distinct()).hasSize(15);
    assertThat(Legislation.PUPIL_REGISTRATION_REGULATIONS_2024.officialTitle()).isEqualTo("The " + REGULATIONS_2024);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      EA1996_S437_1           | section 437(1) of the Education Act 1996 | Education Act 1996 s437(1) | https://www.legislation.gov.uk/ukpga/1996/56/section/437
      EA1996_S437_3           | section 437(3) of the Education Act 1996 | Education Act 1996 s437(3) | https://www.legislation.gov.uk/ukpga/1996/56/section/437
      EA1996_S438             | section 438 of the Education Act 1996    | Education Act 1996 s438    | https://www.legislation.gov.uk/ukpga/1996/56/section/438
      EA1996_S439             | section 439 of the Education Act 1996    | Education Act 1996 s439    | https://www.legislation.gov.uk/ukpga/1996/56/section/439
      EA1996_S440             | section 440 of the Education Act 1996    | Education Act 1996 s440    | https://www.legislation.gov.uk/ukpga/1996/56/section/440
      EA1996_S441             | section 441 of the Education Act 1996    | Education Act 1996 s441    | https://www.legislation.gov.uk/ukpga/1996/56/section/441
      EA1996_S442             | section 442 of the Education Act 1996    | Education Act 1996 s442    | https://www.legislation.gov.uk/ukpga/1996/56/section/442
      EA1996_S443             | section 443 of the Education Act 1996    | Education Act 1996 s443    | https://www.legislation.gov.uk/ukpga/1996/56/section/443
      EA1996_S444             | section 444 of the Education Act 1996    | Education Act 1996 s444    | https://www.legislation.gov.uk/ukpga/1996/56/section/444
      EA1996_S447             | section 447 of the Education Act 1996    | Education Act 1996 s447    | https://www.legislation.gov.uk/ukpga/1996/56/section/447
      EA1996_S436A            | section 436A of the Education Act 1996   | Education Act 1996 s436A   | https://www.legislation.gov.uk/ukpga/1996/56/section/436A
      EA1996_S8               | section 8 of the Education Act 1996      | Education Act 1996 s8      | https://www.legislation.gov.uk/ukpga/1996/56/section/8
      REG_13_4                | regulation 13(4) of the School Attendance (Pupil Registration) (England) Regulations 2024 | SI 2024/208 reg 13(4) | https://www.legislation.gov.uk/uksi/2024/208/regulation/13
      REG_13_1                | regulation 13(1) of the School Attendance (Pupil Registration) (England) Regulations 2024 | SI 2024/208 reg 13(1) | https://www.legislation.gov.uk/uksi/2024/208/regulation/13
      PUPIL_INFORMATION_REG_9 | regulation 9 of the Education (Pupil Information) (England) Regulations 2005 | SI 2005/1437 reg 9 | https://www.legislation.gov.uk/uksi/2005/1437/regulation/9
      """)
  void the_school_attendance_order_sections_and_the_returns_are_there_for_the_letters(Citation citation,
      String inFull, String shortForm, String url) {
    assertThat(citation.inFull()).isEqualTo(inFull);
    assertThat(citation.shortForm()).isEqualTo(shortForm);
    assertThat(citation.url()).isEqualTo(url);
    assertThat(citation.about()).isNotBlank();
    assertThat(Citation.find(shortForm)).contains(citation);
    assertThat(Citation.find(inFull)).contains(citation);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', nullValues = "none", textBlock = """
      NOTICE_TO_SATISFY_RESPONSE | EA1996_S437_1
      NOTICE_OF_INTENTION_CHOICE | EA1996_S438
      GOVERNING_BODY_APPLICATION | EA1996_S439
      NOT_BACK_AFTER_LEAVE       | REG_9_1_H
      CONTINUOUSLY_ABSENT        | REG_9_1_I
      NEW_PUPIL_RETURN           | REG_13_1
      CTF_TO_LOST_PUPIL_DATABASE | PUPIL_INFORMATION_REG_9
      ACKNOWLEDGE_REFERRAL       | none
      HOME_VISIT_AFTER_ORDER     | none
      ESO_DECISION_REASONS       | EA1996_S447
      DEEMED_SERVICE             | none
      SAO_MONITORING             | none
      OUT_OF_PROVISION           | none
      OUTBOUND_ENQUIRY_CHASE     | none
      NO_PROGRESS_ESCALATION     | none
      """)
  void each_period_of_r7_says_which_law_or_policy_sets_it(Period period, Citation citation) {
    assertThat(period.citation()).isEqualTo(java.util.Optional.ofNullable(citation));
    if (citation != null) {
      assertThat(period.source()).isEqualTo(citation.inFull());
      assertThat(period.policy()).isEmpty();
    } else {
      assertThat(period.policy()).hasValueSatisfying(p -> assertThat(p).matches("(seed \\d{3}|local practice).*"));
      assertThat(period.source()).isEqualTo(period.policy().orElseThrow());
    }
  }

  @Test
  void every_period_has_a_case_above() {
    assertThat(Period.values()).hasSize(15);
  }

  // --- where the user sees them ---------------------------------------------------------------

  @Test
  void the_off_roll_start_form_offers_each_ground_with_its_regulation() throws IOException {
    JsonNode ground = field(form("off-roll-notification/start-off-roll-notification"), "ground");

    Map<String, String> offered = new LinkedHashMap<>();
    ground.path("values").forEach(v -> offered.put(v.path("value").asText(), v.path("label").asText()));
    Map<String, String> grounds = new LinkedHashMap<>();
    Arrays.stream(DeletionGround.values()).forEach(g -> grounds.put(g.letter(), g.label()));
    assertThat(offered).containsExactlyEntriesOf(grounds);
    assertThat(ground.path("description").asText()).contains("regulation 9(1) of the " + REGULATIONS_2024);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"agree-joint-decision", "confirm-new-school-roll"})
  void the_officers_off_roll_forms_show_the_grounds_regulation_beside_its_meaning(String name) throws IOException {
    JsonNode form = form("off-roll-notification/" + name);

    assertThat(field(form, "groundMeaning").path("readonly").asBoolean()).isTrue();
    JsonNode citation = field(form, "groundCitation");
    assertThat(citation.path("readonly").asBoolean()).isTrue();
    assertThat(citation.path("label").asText()).isEqualTo("In law");
  }

  // --- one place --------------------------------------------------------------------------------

  /**
   * A provision of law as texts write it: "regulation 9(1)(f)", "reg 13(4)", "s436A", "section 437(1) of
   * the …" (a bare "section 7" is a section of a seed policy document, not of the law).
   */
  static final Pattern MENTION = Pattern.compile("(?:\\b(?:regulations?|reg)\\s?|\\bs|\\bsections?\\s(?=\\S+\\sof\\sthe\\s))"
      + "(\\d+[A-Z]?(?:\\([0-9a-z]{1,3}\\))*)(?![\\w(])");

  @Test
  void every_provision_the_forms_models_and_emails_mention_is_in_the_data() throws IOException {
    List<String> unknown = new ArrayList<>();
    List<String> mentions = new ArrayList<>();
    for (Path file : texts()) {
      Matcher m = MENTION.matcher(Files.readString(file));
      while (m.find()) {
        String provision = m.group(1);
        mentions.add(provision);
        boolean known = Arrays.stream(Citation.values())
            .anyMatch(c -> c.provision().equals(provision) || c.provision().startsWith(provision + "("));
        if (!known) {
          unknown.add(basedir().relativize(file) + ": " + m.group());
        }
      }
    }
    assertThat(mentions).as("the scan finds the texts' citations").contains("9(1)(f)", "13(4)", "9(1)");
    assertThat(unknown).as("provisions mentioned but not in Citation").isEmpty();
  }

  @Test
  void docs_law_md_lists_every_citation_and_every_period() throws IOException {
    String law = Files.readString(basedir().resolve("docs/law.md"));

    assertThat(Arrays.stream(Citation.values()).filter(c -> !law.contains("| " + c.shortForm() + " |"))
        .map(Citation::shortForm)).as("citations missing from docs/law.md").isEmpty();
    assertThat(Arrays.stream(Period.values()).filter(p -> !law.contains(p.description()))
        .map(Period::name)).as("periods missing from docs/law.md").isEmpty();
  }

  // --- helpers ----------------------------------------------------------------------------------

  static Path basedir() {
    return Path.of(System.getProperty("project.basedir", ".")).toAbsolutePath();
  }

  static JsonNode form(String name) throws IOException {
    return JSON.readTree(basedir().resolve("forms/" + name + ".form").toFile());
  }

  static JsonNode field(JsonNode form, String key) {
    for (JsonNode component : form.path("components")) {
      if (key.equals(component.path("key").asText())) {
        return component;
      }
    }
    throw new AssertionError(form.path("id").asText() + " has no field " + key);
  }

  /** The forms, models, decision tables, email templates and letter templates. */
  static List<Path> texts() throws IOException {
    List<Path> files = new ArrayList<>();
    for (String folder : List.of("forms", "processes", "src/main/resources/notifications",
        "src/main/resources/letters")) {
      try (Stream<Path> walk = Files.walk(basedir().resolve(folder))) {
        walk.filter(Files::isRegularFile)
            .filter(f -> f.toString().matches(".*\\.(form|bpmn|dmn|txt|html)$"))
            .forEach(files::add);
      }
    }
    return files;
  }
}
