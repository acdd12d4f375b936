package dk.jobbro.api.shared.persistence;

import java.util.List;

/**
 * The unique keys of one module's tables. Each module that has unique constraints provides one CDI bean of this type,
 * its single list of constraint names; the web layer asks all of them which field a failed insert duplicated, so no
 * service catches persistence exceptions to guess.
 */
public interface UniqueKeys {

  List<UniqueKey> uniqueKeys();
}
