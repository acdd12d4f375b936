package dk.jobbro.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Values that a build's test run hands out once each (CPR and CVR numbers, occupation codes), remembered in this JVM
 * and in a file beside the test environment's other files. The in-container tests run in several JVMs one after
 * another (the black-box classes, then the probe classes, then the CPR scan) against one database: a later JVM starts
 * from the file, so it never hands out again what an earlier one did. ItEnvironment deletes the files together with
 * the database they describe.
 */
final class IssuedValues {

  private final Path file;

  private final Set<String> issued = ConcurrentHashMap.newKeySet();

  /**
   * The file, open for appending while this JVM runs: opening it for each of a cohort's thousands of numbers cost
   * more than drawing them. Each line is flushed as it is written, so the file is complete whenever this JVM stops.
   */
  private Writer notes;

  /** The values of the file {@code name} in devenv, as the earlier test JVMs of this build left it. */
  IssuedValues(String name) {
    file = Path.of(System.getProperty("jobbro.war", "target/jobbro.war")).resolveSibling("devenv/" + name);
    issued.addAll(read());
  }

  /** Takes {@code value} for this run if no test of this build had it yet, and notes it in the file. */
  boolean issue(String value) {
    if (!issued.add(value)) {
      return false;
    }
    synchronized (this) {
      try {
        if (notes == null) {
          notes = Files.newBufferedWriter(file, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        }
        notes.write(value + "\n");
        notes.flush();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return true;
  }

  /** Whether a test of this build had {@code value} already. */
  boolean isIssued(String value) {
    return issued.contains(value);
  }

  /** Every value this build handed out so far: this JVM's, and what the file holds from the others. */
  Set<String> all() {
    Set<String> all = new HashSet<>(issued);
    all.addAll(read());
    return all;
  }

  private Set<String> read() {
    try {
      Set<String> values = Files.exists(file) ? new HashSet<>(Files.readAllLines(file)) : new HashSet<>();
      values.remove("");
      return values;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
