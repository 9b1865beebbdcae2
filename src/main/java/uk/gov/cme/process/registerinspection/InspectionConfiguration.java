package uk.gov.cme.process.registerinspection;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Binds {@code cme.inspection} ({@link InspectionSettings}). */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(InspectionSettings.class)
class InspectionConfiguration {
}
