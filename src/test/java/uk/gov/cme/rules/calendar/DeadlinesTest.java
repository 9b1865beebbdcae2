package uk.gov.cme.rules.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.validation.Validation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.bind.validation.ValidationBindHandler;
import org.springframework.boot.context.properties.source.ConfigurationPropertySource;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.io.ClassPathResource;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;

/**
 * Issue 8, defect 9: every deadline length is a {@code cme.deadlines} setting with its default (and
 * source) in application.yaml and a row in the operator's table; a missing or zero one stops the
 * start-up naming it, as the application's binding does.
 */
class DeadlinesTest {

  @Test
  void every_setting_has_a_default_of_at_least_one_day_in_application_yaml() throws IOException {
    Deadlines deadlines = bind(Map.of());

    assertThat(deadlines.asMap()).hasSize(40).allSatisfy((name, days) -> assertThat(days).as(name).isPositive());
    assertThat(deadlines.getAcknowledgeWorkingDays()).as("seed 001").isEqualTo(5);
    assertThat(deadlines.getLostPupilCtfSchoolDays()).as("Pupil Information Regulations 2005, reg. 9").isEqualTo(15);
    assertThat(deadlines.getCaseMatchWorkingDays()).isEqualTo(5);
    assertThat(deadlines.getRecheckWorkingDays()).isEqualTo(10);
    assertThat(deadlines.getEheContactAttempts()).isEqualTo(3);
    assertThat(deadlines.getNoProgressSchoolDays()).isEqualTo(20);
    assertThat(deadlines.getOutboundChaseWorkingDays()).isEqualTo(10);
    assertThat(deadlines.getSaoEnforcementWorkingDays()).as("sao-prosecution, local practice").isEqualTo(10);
    assertThat(deadlines.getSaoChangeDecisionWorkingDays()).as("sao-change-request, local practice").isEqualTo(10);
    assertThat(deadlines.getSaoAmendedRegistrationWorkingDays()).as("amended order, local practice").isEqualTo(10);
    assertThat(deadlines.getEscalationReviewWorkingDays()).as("escalation review by a person, local practice")
        .isEqualTo(10);
  }

  @Test
  void every_setting_is_in_the_operators_table() throws IOException {
    String operations = Files.readString(Path.of("docs/operations.md"), StandardCharsets.UTF_8);

    assertThat(bind(Map.of()).asMap().keySet())
        .allSatisfy(name -> assertThat(operations).as(name).contains("| `" + name + "` |"));
  }

  @Test
  void a_changed_setting_is_bound() throws IOException {
    assertThat(bind(Map.of("cme.deadlines.acknowledge-working-days", "3")).getAcknowledgeWorkingDays()).isEqualTo(3);
  }

  @Test
  void a_zero_setting_stops_the_start_naming_it() {
    assertThatThrownBy(() -> bind(Map.of("cme.deadlines.recheck-working-days", "0")))
        .isInstanceOf(BindException.class)
        .hasStackTraceContaining("recheckWorkingDays");
  }

  private static Deadlines bind(Map<String, String> changed) throws IOException {
    List<ConfigurationPropertySource> sources = new ArrayList<>();
    sources.add(new MapConfigurationPropertySource(changed));
    ConfigurationPropertySources.from(new YamlPropertySourceLoader()
        .load("application.yaml", new ClassPathResource("application.yaml"))).forEach(sources::add);
    var validator = new SpringValidatorAdapter(Validation.buildDefaultValidatorFactory().getValidator());
    return new Binder(sources).bind("cme.deadlines", org.springframework.boot.context.properties.bind.Bindable
        .of(Deadlines.class), new ValidationBindHandler(validator)).get();
  }
}
