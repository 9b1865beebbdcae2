package uk.gov.cme.process.shared.letters;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ResourceLoader;
import uk.gov.cme.letters.LetterRenderer;

/**
 * The letters' templates folder ({@code cme.letters.templates}, default {@code classpath:letters/}; an
 * operator's edited copy with {@code file:/path/}) — docs/operations.md, "Letters: how to edit a template".
 */
@Configuration(proxyBeanMethods = false)
class LettersConfiguration {

  @Bean
  LetterRenderer letterRenderer(ResourceLoader loader,
      @Value("${cme.letters.templates:classpath:letters/}") String templates) {
    return new LetterRenderer(loader, templates);
  }

  @Bean
  LetterAuthority letterAuthority(@Value("${cme.letters.la-name}") String name,
      @Value("${cme.letters.la-address}") String address,
      @Value("${cme.letters.signed-by:${cme.service-name}}") String signedBy) {
    return LetterAuthority.of(name, address, signedBy);
  }
}
