package uk.gov.cme.config;

import jakarta.servlet.Filter;
import java.util.Map;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The engine's REST API ({@code /engine-rest}) is open by default. This registers Camunda's own
 * authentication filter with HTTP Basic on it and on the application's API ({@code /api}, where the
 * webapps' plugins may also call as the user logged in to the webapps: {@link ApiAuthentication}): every call
 * is made as a named user of the engine's identity service, and the engine's authorization checks
 * decide what that user may see and start (401 without valid credentials).
 */
@Configuration(proxyBeanMethods = false)
class RestApiSecurityConfiguration {

  @Bean
  FilterRegistrationBean<Filter> engineRestAuthentication() {
    FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
    registration.setName("camunda-engine-rest-auth");
    registration.addUrlPatterns("/engine-rest/*");
    // before the application's filters that need the caller (RestSurfaceConfiguration)
    registration.setOrder(org.springframework.core.Ordered.LOWEST_PRECEDENCE - 100);
    registration.setInitParameters(Map.of(
        ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
        HttpBasicAuthenticationProvider.class.getName()));
    return registration;
  }

  /**
   * The same HTTP Basic on the application's API ({@code /api}), and on the paths the webapps' plugins
   * call (the case view, a school's receipts) the user logged in to the webapps ({@link ApiAuthentication}).
   */
  @Bean
  FilterRegistrationBean<Filter> apiAuthentication(ObjectProvider<ProcessEngine> engine) {
    FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(new ApiAuthentication(engine::getObject));
    registration.setName("cme-api-auth");
    registration.addUrlPatterns("/api/*");
    registration.setOrder(org.springframework.core.Ordered.LOWEST_PRECEDENCE - 100);
    registration.setInitParameters(Map.of(
        ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
        HttpBasicAuthenticationProvider.class.getName()));
    return registration;
  }
}
