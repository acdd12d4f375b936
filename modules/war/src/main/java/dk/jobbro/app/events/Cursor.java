package dk.jobbro.app.events;

import dk.jobbro.api.shared.problem.ProblemException;
import java.util.regex.Pattern;

/**
 * A position in a feed: the writing transaction's id and the row's position within the outbox, as the opaque text
 * {@code <txid>.<position>}. Rows are served in this order (see V202612051400__event_outbox.sql for why the
 * transaction id comes first), so "after this cursor" never skips a row that commits later.
 *
 * @param txid the transaction id (xid8, 64 bits, never negative in practice)
 * @param position the outbox row's position
 */
record Cursor(long txid, long position) implements Comparable<Cursor> {

  /** Before every event. */
  static final Cursor START = new Cursor(0, 0);

  private static final Pattern FORMAT = Pattern.compile("\\d{1,19}\\.\\d{1,19}");

  /**
   * The cursor a client sent back; absent is {@link #START}.
   *
   * @throws ProblemException 400 naming {@code after} when it is not one Jobbro gave out
   */
  static Cursor parse(String text) {
    if (text == null || text.isEmpty()) {
      return START;
    }
    if (!FORMAT.matcher(text).matches()) {
      throw ProblemException.invalidField("after", "is not a cursor of this feed (pass 'next' of an earlier page)");
    }
    int dot = text.indexOf('.');
    try {
      return new Cursor(Long.parseLong(text.substring(0, dot)), Long.parseLong(text.substring(dot + 1)));
    } catch (NumberFormatException e) {
      throw ProblemException.invalidField("after", "is not a cursor of this feed (pass 'next' of an earlier page)");
    }
  }

  @Override
  public String toString() {
    return txid + "." + position;
  }

  @Override
  public int compareTo(Cursor other) {
    int byTx = Long.compare(txid, other.txid);
    return byTx != 0 ? byTx : Long.compare(position, other.position);
  }
}
