package dk.jobbro.api.shared.concurrency;

import java.util.ArrayList;
import java.util.List;

/**
 * The value of an {@code If-Match} or {@code If-None-Match} header as RFC 9110 (section 13.1) defines it: either
 * {@code *} or a comma-separated list of entity tags, each an opaque quoted string, weak when it starts with
 * {@code W/}. Commas may occur inside a tag, so the list is read tag by tag rather than split.
 *
 * @param any the header was {@code *}
 * @param tags the listed tags (empty for {@code *})
 */
public record EntityTagList(boolean any, List<Tag> tags) {

  /**
   * One entity tag.
   *
   * @param opaque the characters between the quotes
   * @param weak whether it was written {@code W/"..."}
   */
  public record Tag(String opaque, boolean weak) {}

  public EntityTagList {
    tags = List.copyOf(tags);
  }

  /**
   * Reads a header value.
   *
   * @throws IllegalArgumentException when it is neither {@code *} nor a list of at least one well-formed tag
   */
  public static EntityTagList parse(String value) {
    String v = value.strip();
    if (v.equals("*")) {
      return new EntityTagList(true, List.of());
    }
    List<Tag> tags = new ArrayList<>();
    int i = 0;
    while (i < v.length()) {
      char c = v.charAt(i);
      if (c == ',' || c == ' ' || c == '\t') { // list separators and optional whitespace; empty elements are allowed
        i++;
        continue;
      }
      boolean weak = v.startsWith("W/", i);
      int open = weak ? i + 2 : i;
      if (open >= v.length() || v.charAt(open) != '"') {
        throw new IllegalArgumentException("an entity tag is a quoted string, optionally prefixed W/");
      }
      int close = open + 1;
      while (close < v.length() && v.charAt(close) != '"') {
        if (!isEtagChar(v.charAt(close))) {
          throw new IllegalArgumentException("an entity tag holds visible characters only");
        }
        close++;
      }
      if (close == v.length()) {
        throw new IllegalArgumentException("an entity tag lacks its closing quote");
      }
      tags.add(new Tag(v.substring(open + 1, close), weak));
      i = close + 1;
      while (i < v.length() && (v.charAt(i) == ' ' || v.charAt(i) == '\t')) {
        i++;
      }
      if (i < v.length() && v.charAt(i) != ',') {
        throw new IllegalArgumentException("entity tags are separated by commas");
      }
    }
    if (tags.isEmpty()) {
      throw new IllegalArgumentException("name at least one entity tag, or *");
    }
    return new EntityTagList(false, tags);
  }

  /** Strong comparison (If-Match): a listed strong tag with this opaque value; weak tags never match. */
  public boolean strongMatch(String opaque) {
    return any || tags.stream().anyMatch(t -> !t.weak() && t.opaque().equals(opaque));
  }

  /** Weak comparison (If-None-Match): a listed tag with this opaque value, weak or not. */
  public boolean weakMatch(String opaque) {
    return any || tags.stream().anyMatch(t -> t.opaque().equals(opaque));
  }

  /** RFC 9110 etagc: %x21 / %x23-7E / obs-text. */
  private static boolean isEtagChar(char c) {
    return c == 0x21 || (c >= 0x23 && c <= 0x7E) || (c >= 0x80 && c <= 0xFF);
  }
}
