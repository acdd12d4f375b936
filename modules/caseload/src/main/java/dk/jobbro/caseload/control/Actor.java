package dk.jobbro.caseload.control;

import dk.jobbro.api.shared.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.inject.Inject;

/**
 * Who did what the journal and the tasks record: the token's subject when a request runs, else Jobbro itself (a
 * scheduled job, such as the nightly start of offers that begin in the future).
 */
@ApplicationScoped
public class Actor {

  /** The name recorded for work no person asked for in that moment. */
  public static final String SYSTEM = "jobbro";

  @Inject
  Caller caller;

  public String current() {
    try {
      return caller.subject();
    } catch (ContextNotActiveException noRequest) {
      return SYSTEM;
    }
  }
}
