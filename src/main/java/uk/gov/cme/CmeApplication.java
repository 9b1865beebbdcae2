package uk.gov.cme;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class CmeApplication {
  public static void main(String[] args) {
    SpringApplication.run(CmeApplication.class, args);
  }
}
