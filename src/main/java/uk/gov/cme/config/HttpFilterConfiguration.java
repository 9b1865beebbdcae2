package uk.gov.cme.config;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Filters in front of everything else. Spring Boot adds filter registration beans in order of
 * precedence, each ahead of the mappings that Camunda's initializers add at the end of the chain
 * ({@code CamundaBpmWebappInitializer} for {@code /camunda/*}, {@code CamundaBpmRestInitializer} for
 * {@code /engine-rest/*}, both with {@code isMatchAfter}). The start-up gate has the highest
 * precedence, so it runs first on every path, before Camunda's REST authentication
 * ({@link RestApiSecurityConfiguration}, default order) too; {@code StartupGateTest} checks the chain.
 * The API security headers come next, so that refusals carry them, then HTTP Basic on the Actuator
 * endpoints ({@link ActuatorAuthentication}).
 */
@Configuration(proxyBeanMethods = false)
class HttpFilterConfiguration {

  static final String STARTUP_GATE = "cme-startup-gate";
  static final String API_HEADERS = "cme-api-headers";
  static final String ACTUATOR_AUTHENTICATION = "cme-actuator-authentication";

  @Bean
  FilterRegistrationBean<StartupGate> startupGate(ApplicationAvailability availability,
      @Value("${management.endpoints.web.base-path:/actuator}") String actuatorPath) {
    FilterRegistrationBean<StartupGate> registration =
        new FilterRegistrationBean<>(new StartupGate(availability, actuatorPath + "/health"));
    registration.setName(STARTUP_GATE);
    registration.addUrlPatterns("/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
    return registration;
  }

  @Bean
  FilterRegistrationBean<ApiResponseHeaders> apiResponseHeaders(ApiHeaderProperties properties) {
    FilterRegistrationBean<ApiResponseHeaders> registration =
        new FilterRegistrationBean<>(new ApiResponseHeaders(properties.asHeaders()));
    registration.setName(API_HEADERS);
    registration.addUrlPatterns("/engine-rest/*", "/api/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
    return registration;
  }

  /** HTTP Basic on the Actuator endpoints, so that administrators see the health details. */
  @Bean
  FilterRegistrationBean<ActuatorAuthentication> actuatorAuthentication(ObjectProvider<IdentityService> identity,
      @Value("${management.endpoints.web.base-path:/actuator}") String actuatorPath) {
    FilterRegistrationBean<ActuatorAuthentication> registration =
        new FilterRegistrationBean<>(new ActuatorAuthentication(identity::getObject));
    registration.setName(ACTUATOR_AUTHENTICATION);
    registration.addUrlPatterns(actuatorPath + "/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 2);
    return registration;
  }
}
