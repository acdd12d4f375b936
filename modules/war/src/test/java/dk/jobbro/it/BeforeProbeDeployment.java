package dk.jobbro.it;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Order;

/**
 * A black-box class that needs the shared WAR to be the test domain's only deployment, with no deployment under way:
 * it reads what Payara serves server-wide (/health, /metrics), the server log, or what every client sends to the
 * database. The probe WAR ({@link ProbeDeployment}) is deployed in the background once every such class of the run
 * has finished ({@link EarlyProbeDeployment}), while the other black-box classes run; so these classes run early,
 * right after the longest ones ({@code @Order(1)}), which is what the {@link Order} here does.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@Order(2)
public @interface BeforeProbeDeployment {}
