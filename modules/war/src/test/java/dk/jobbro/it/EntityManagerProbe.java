package dk.jobbro.it;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** Hands the application's container-managed EntityManager to in-container tests. */
@ApplicationScoped
public class EntityManagerProbe {

  @PersistenceContext
  EntityManager em;

  public EntityManager em() {
    return em;
  }
}
