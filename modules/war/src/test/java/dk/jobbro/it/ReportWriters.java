package dk.jobbro.it;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Keeps the probe classes that write cases, offers and handovers apart from the one moment PrivacyIT needs the
 * database to itself: from reading every report, through its retention run, to reading them again. A class that
 * writes holds a share for its whole run ({@code @ExtendWith(ReportWriters.Share.class)}); PrivacyIT waits for the
 * shares to end and keeps new ones waiting while it runs that moment, and otherwise runs beside them (its wait past the
 * access log's retention period among it). Shares, not locks: JUnit may end a class on another thread than it began.
 */
final class ReportWriters {

  private static int sharing;
  private static boolean alone;

  private ReportWriters() {}

  /** Runs {@code moment} while no writing class runs, and lets none start meanwhile. */
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

  /** The share of a class that writes, from before its first test to after its last. */
  static final class Share implements BeforeAllCallback, AfterAllCallback {

    private static final ExtensionContext.Namespace TAKEN = ExtensionContext.Namespace.create(Share.class);

    @Override
    public void beforeAll(ExtensionContext context) throws InterruptedException {
      synchronized (ReportWriters.class) {
        while (alone) {
          ReportWriters.class.wait();
        }
        sharing++;
      }
      context.getStore(TAKEN).put("share", true);
    }

    @Override
    public void afterAll(ExtensionContext context) {
      if (context.getStore(TAKEN).remove("share") == null) {
        return; // never taken: the class stopped before this extension's beforeAll
      }
      synchronized (ReportWriters.class) {
        sharing--;
        ReportWriters.class.notifyAll();
      }
    }
  }
}
