package uk.gov.cme;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The Children Missing Education process application: Camunda 7 engine, webapps and REST API. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class CmeApplication {

  public static void main(String[] args) {
    SpringApplication.run(CmeApplication.class, args);
  }
}
