package uk.gov.cme.rules.localauthorities;

import java.io.IOException;
import java.io.InputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;

/**
 * Loads the local authorities file named by {@link LocalAuthorityProperties} at start-up. A file with a
 * mistake stops the application with every mistake and its line; a change to the file applies after a
 * restart.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(LocalAuthorityProperties.class)
public class LocalAuthorityConfiguration {

  private static final Logger LOG = LoggerFactory.getLogger(LocalAuthorityConfiguration.class);

  @Bean
  LocalAuthorityDirectory localAuthorityDirectory(LocalAuthorityProperties properties) {
    Resource resource = properties.file();
    LocalAuthorityDirectory directory;
    try (InputStream in = resource.getInputStream()) {
      directory = LocalAuthorityDirectory.parse(in, resource.getDescription());
    } catch (IOException e) {
      throw new LocalAuthorityDataException(resource.getDescription(), "cannot be read", e);
    }
    LOG.info("Loaded {} from {}", directory, resource.getDescription());
    return directory;
  }
}
