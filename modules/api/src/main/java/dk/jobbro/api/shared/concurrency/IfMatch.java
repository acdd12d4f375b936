package dk.jobbro.api.shared.concurrency;

import java.util.List;

/**
 * The versions a change may go ahead against, as its {@code If-Match} header names them: {@code *} admits whatever
 * version is current; otherwise the current version must be one of the listed strong tags. Weak tags never match
 * (If-Match compares strongly, RFC 9110 section 13.1.1). Read one with {@link Versions#ifMatch(String)}.
 *
 * @param tags the header's tags
 */
public record IfMatch(EntityTagList tags) {

  /** Exactly this version, for callers that hold a version rather than a header. */
  public static IfMatch version(long version) {
    return new IfMatch(new EntityTagList(false, List.of(new EntityTagList.Tag(Versions.etag(version), false))));
  }

  /** Whether a change may go ahead when the resource is at {@code current}. */
  public boolean admits(long current) {
    return tags.strongMatch(Versions.etag(current));
  }
}
