package uk.gov.cme.security;

import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Demo accounts ({@code cme.demo}, application-demo.yaml). Only read in the demo profile.
 *
 * @param password the password of every demo account
 * @param schools  demo schools, each with its users
 * @param people   the person behind each demo account (user id → first name, last name, role), so
 *                 that Tasklist shows who claimed a task: "Sam Patel (Riverside DSL)"
 */
@ConfigurationProperties(prefix = "cme.demo")
public record DemoProperties(String password, @DefaultValue List<School> schools,
                             @DefaultValue Map<String, Person> people) {

  /** A demo account's person: the user's first name, and last name followed by the role in brackets. */
  public record Person(String firstName, String lastName, String role) {

    /** The last name as Tasklist shows it after the first name: {@code Patel (Riverside DSL)}. */
    public String lastNameWithRole() {
      return role == null || role.isBlank() ? lastName : lastName + " (" + role + ")";
    }
  }

  public record School(String urn, String name, @DefaultValue List<String> users) {
  }
}
