package uk.gov.cme.security;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import uk.gov.cme.validation.FormSubmissionFilter;

/**
 * The filters in front of the engine's REST APIs, after the caller is known (on {@code /engine-rest},
 * after Camunda's authentication filter, {@link #AFTER_AUTHENTICATION}; on the webapps' API the
 * webapp session is read directly): first what each role may call at all ({@link RestSurfaceFilter}),
 * then what a form submission may carry ({@link FormSubmissionFilter}).
 */
@Configuration(proxyBeanMethods = false)
class RestSurfaceConfiguration {

  /** Order of Camunda's REST authentication filter (set in RestApiSecurityConfiguration). */
  static final int AUTHENTICATION = Ordered.LOWEST_PRECEDENCE - 100;
  static final int AFTER_AUTHENTICATION = AUTHENTICATION + 10;

  @Bean
  FilterRegistrationBean<RestSurfaceFilter> restSurface(IdentityService identity, AccessProperties access) {
    List<String> monitoring = access.teams().entrySet().stream().filter(e -> e.getValue().readAll())
        .map(java.util.Map.Entry::getKey).toList();
    FilterRegistrationBean<RestSurfaceFilter> registration = new FilterRegistrationBean<>(
        new RestSurfaceFilter(identity, java.util.Set.copyOf(monitoring), access.support().orElse(null)));
    registration.setName("cme-rest-surface");
    registration.addUrlPatterns("/engine-rest/*", "/camunda/api/*");
    registration.setOrder(AFTER_AUTHENTICATION);
    return registration;
  }

  @Bean
  FilterRegistrationBean<FormSubmissionFilter> formSubmissions(ProcessEngine engine, IdentityService identity) {
    FilterRegistrationBean<FormSubmissionFilter> registration = new FilterRegistrationBean<>(
        new FormSubmissionFilter(engine, request -> {
          Caller caller = Caller.of(request, identity, "default");
          return caller == null ? null : new Authentication(caller.userId(), List.copyOf(caller.groups()));
        }));
    registration.setName("cme-form-submissions");
    registration.addUrlPatterns("/engine-rest/*", "/camunda/api/engine/*");
    registration.setOrder(AFTER_AUTHENTICATION + 1);
    return registration;
  }
}
