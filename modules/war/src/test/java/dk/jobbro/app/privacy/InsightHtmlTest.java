package dk.jobbro.app.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import dk.jobbro.api.shared.privacy.InsightField;
import dk.jobbro.api.shared.privacy.InsightRecord;
import dk.jobbro.api.shared.privacy.InsightSection;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class InsightHtmlTest {

  private static final UUID CASE = UUID.fromString("7d3f0a3e-0000-4000-8000-000000000001");

  @Test
  void everySectionWithItsRecordsAndEveryValueEscaped() {
    Insight insight = new Insight(CASE, "540", Instant.parse("2026-12-05T10:00:00Z"), List.of(
        new InsightSection("journal", "Journal", "Notater", List.of(new InsightRecord(List.of(
            new InsightField("text", "Tekst", "<script>alert('x')</script> & \"mere\""),
            new InsightField("corrects", "Retter notat", null))))),
        new InsightSection("danish", "Dansk", "Prøver", List.of())));

    String html = InsightHtml.render(insight, "Sønderborg Kommune");

    assertThat(html).startsWith("<!DOCTYPE html>").contains("<html lang=\"da\">", "Sønderborg Kommune",
        CASE.toString(), "5. december 2026 kl. 11:00", "<section id=\"journal\">", "<h2>Journal</h2>",
        "<th scope=\"row\">Tekst</th>", "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;mere&quot;",
        "<td>–</td>", "<section id=\"danish\">", "Jobbro har ingen oplysninger af denne art om dig.", "@page");
    assertThat(html).doesNotContain("<script>");
  }
}
