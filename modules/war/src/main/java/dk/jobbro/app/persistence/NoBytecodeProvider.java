package dk.jobbro.app.persistence;

import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.bytecode.spi.BytecodeProvider;
import org.hibernate.service.spi.ServiceContributor;

/**
 * Gives Hibernate its "none" bytecode provider instead of Byte Buddy's, so that it generates no class at boot. With
 * Byte Buddy, Hibernate 6.6 starts Byte Buddy (its type pool and class-file version checks) and then generates a
 * reflection optimizer class per entity and embeddable at every start, only to read and write their fields a little
 * faster than plain reflection does. Byte Buddy's 900 classes are not in the quick start's class data archive (their
 * class files are too old for it), so each start parses them anew: in all about a quarter of Hibernate's boot on the
 * deployment's thread (0.7 of 2.8 s of CPU at a cold start, bench/README.md "Cold start"). Without it Hibernate reads
 * and writes the fields by reflection, as it does for anything the optimizer does not cover. Since nothing else uses
 * Byte Buddy, the WAR leaves it out (the root POM excludes it from hibernate-core), so Payara's deployment no longer
 * scans its classes either. Without this contributor Hibernate would take Byte Buddy's provider again, whose classes
 * the WAR no longer has (NoBytecodeProviderTest shows which one it takes).
 *
 * <p>The provider can only be chosen this way: Hibernate 6.6 ignores {@code hibernate.bytecode.provider} (deprecated,
 * HHH-17643) and takes the one {@code BytecodeProvider} that {@link java.util.ServiceLoader} finds, Byte Buddy's, in
 * hibernate-core itself; a service given to the registry builder wins over that lookup.
 *
 * <p>What the none provider cannot do, Jobbro does not use: lazy proxies (every entity is final, so Hibernate makes
 * none; ArchitectureTest checks it), bytecode enhancement (off in persistence.xml, which Payara needs anyway), lazy
 * basic attributes (they need enhancement) and abstract embeddables. Should an entity ever need a proxy (one that is
 * not final), Hibernate throws at the proxy's first use ({@code DisallowedProxyFactory}) rather than behave
 * differently.
 */
public final class NoBytecodeProvider implements ServiceContributor {

  @Override
  public void contribute(StandardServiceRegistryBuilder registry) {
    registry.addService(BytecodeProvider.class, new org.hibernate.bytecode.internal.none.BytecodeProviderImpl());
  }
}
