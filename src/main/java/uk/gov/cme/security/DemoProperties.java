package uk.gov.cme.security;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Demo accounts ({@code cme.demo}, application-demo.yaml). Only read in the demo profile.
 *
 * @param password the password of every demo account
 * @param schools  demo schools, each with its users
 */
@ConfigurationProperties(prefix = "cme.demo")
public record DemoProperties(String password, @DefaultValue List<School> schools) {

  public record School(String urn, String name, @DefaultValue List<String> users) {
  }
}
