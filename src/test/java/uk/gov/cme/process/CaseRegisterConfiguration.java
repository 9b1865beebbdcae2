package uk.gov.cme.process;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.ComponentScan;
import uk.gov.cme.casework.Casework;

/**
 * For a process test on {@code @DataJdbcTest}: the case register and its registers, with their test clock
 * ({@code CaseworkTestData.FixedClock}), found by scanning their package. {@code @Import} it; a test that
 * needs more beans declares its own configuration.
 */
@TestConfiguration(proxyBeanMethods = false)
@ComponentScan(basePackageClasses = Casework.class)
public class CaseRegisterConfiguration {
}
