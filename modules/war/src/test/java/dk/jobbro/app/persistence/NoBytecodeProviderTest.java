package dk.jobbro.app.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.bytecode.spi.BytecodeProvider;
import org.hibernate.bytecode.spi.ReflectionOptimizer;
import org.junit.jupiter.api.Test;

/**
 * Hibernate finds the contributor by itself (its {@code META-INF/services} entry) and then uses the "none" provider,
 * not Byte Buddy's. Without the entry Hibernate takes Byte Buddy's provider again (seen here: this class path has Byte
 * Buddy through AssertJ), although the WAR no longer ships Byte Buddy; this is where that shows before a deployment.
 */
class NoBytecodeProviderTest {

  @Test
  void hibernatesRegistryTakesTheProviderThatGeneratesNoClasses() {
    // the registry applies every ServiceContributor that ServiceLoader finds, as the JPA bootstrap does; no service
    // needs a database until it is asked for
    StandardServiceRegistry registry = new StandardServiceRegistryBuilder().build();
    try {
      BytecodeProvider provider = registry.requireService(BytecodeProvider.class);
      assertThat(provider).isInstanceOf(org.hibernate.bytecode.internal.none.BytecodeProviderImpl.class);
      // what the entities get instead of a generated optimizer class: none, so Hibernate uses plain reflection
      ReflectionOptimizer optimizer = provider.getReflectionOptimizer(Object.class, java.util.Map.of());
      assertThat(optimizer).isNull();
    } finally {
      StandardServiceRegistryBuilder.destroy(registry);
    }
  }
}
