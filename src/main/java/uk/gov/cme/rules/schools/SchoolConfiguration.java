package uk.gov.cme.rules.schools;

import java.io.IOException;
import java.io.InputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;

/**
 * Loads the schools file named by {@link SchoolProperties} at start-up. A file with a mistake stops the
 * application with every mistake and its line; a change to the file applies after a restart.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SchoolProperties.class)
public class SchoolConfiguration {

  private static final Logger LOG = LoggerFactory.getLogger(SchoolConfiguration.class);

  @Bean
  SchoolDirectory schoolDirectory(SchoolProperties properties) {
    Resource resource = properties.file();
    SchoolDirectory directory;
    try (InputStream in = resource.getInputStream()) {
      directory = SchoolDirectory.parse(in, resource.getDescription());
    } catch (IOException e) {
      throw new SchoolDataException(resource.getDescription(), "cannot be read", e);
    }
    LOG.info("Loaded {} from {}", directory, resource.getDescription());
    return directory;
  }
}
