package dk.jobbro.it;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Keeps the probe classes that write cases, offers and handovers apart from the one moment PrivacyIT needs the
 * database to itself: from reading every report, through its retention run, to reading them again. A class that
 * writes holds a share during each of its tests ({@code @ExtendWith(ReportWriters.Share.class)}); PrivacyIT waits for
 * the tests that hold one to end and keeps new ones waiting while it runs that moment, so it slips in between two
 * tests of a writing class, and otherwise runs beside them (its wait past the access log's retention period among it).
 * A writing class writes in its tests only, not in class-level set-up that a share would not cover.
 */
final class ReportWriters {

  private static int sharing;
  private static boolean alone;

  private ReportWriters() {}

  /** Runs {@code moment} while no test of a writing class runs, and lets none start meanwhile. */
  static void alone(Parallel.Task moment) throws Exception {
    synchronized (ReportWriters.class) {
      while (alone) {
        ReportWriters.class.wait();
      }
      alone = true;
      while (sharing > 0) {
        ReportWriters.class.wait();
      }
    }
    try {
      moment.run();
    } finally {
      synchronized (ReportWriters.class) {
        alone = false;
        ReportWriters.class.notifyAll();
      }
    }
  }

  /** The share of a test of a class that writes, from before its set-up to after its clean-up. */
  static final class Share implements BeforeEachCallback, AfterEachCallback {

    private static final ExtensionContext.Namespace TAKEN = ExtensionContext.Namespace.create(Share.class);

    @Override
    public void beforeEach(ExtensionContext context) throws InterruptedException {
      synchronized (ReportWriters.class) {
        while (alone) {
          ReportWriters.class.wait();
        }
        sharing++;
      }
      context.getStore(TAKEN).put("share", true);
    }

    @Override
    public void afterEach(ExtensionContext context) {
      if (context.getStore(TAKEN).remove("share") == null) {
        return; // never taken: the test stopped before this extension's beforeEach
      }
      synchronized (ReportWriters.class) {
        sharing--;
        ReportWriters.class.notifyAll();
      }
    }
  }
}
