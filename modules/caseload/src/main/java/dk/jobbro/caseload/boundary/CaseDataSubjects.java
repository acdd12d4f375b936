package dk.jobbro.caseload.boundary;

import dk.jobbro.api.shared.audit.DataSubject;
import dk.jobbro.api.shared.audit.DataSubjects;
import dk.jobbro.api.shared.security.PersonalDataCipher;
import dk.jobbro.caseload.entity.CaseFile;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * The persons behind case ids, for the access log. Deliberately not scoped to the caller's kommune: a consultant of
 * another kommune shown a pseudonymised profile touched that kommune's person, and the row must say whose; the caller
 * gets nothing back from here but the row written in its name.
 */
@ApplicationScoped
public class CaseDataSubjects implements DataSubjects {

  @PersistenceContext
  EntityManager em;

  @Override
  public List<DataSubject> ofCases(Collection<UUID> caseIds) {
    if (caseIds.isEmpty()) {
      return List.of();
    }
    PersonalDataCipher cipher = PersonalDataCipher.configured();
    // an anonymised case names no person any more
    List<?> rows = em.createNativeQuery("select cpr_cipher, kommune_kode from caseload.case_file where id in (:ids) "
            + "and cpr_cipher is not null")
        .setParameter("ids", List.copyOf(caseIds)).getResultList();
    return rows.stream().map(r -> (Object[]) r)
        .map(r -> new DataSubject(cipher.decrypt((String) r[0], CaseFile.CPR_COLUMN.context()),
            ((String) r[1]).strip())).toList();
  }
}
