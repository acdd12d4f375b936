package dk.jobbro.app.privacy;

import dk.jobbro.api.shared.privacy.InsightField;
import dk.jobbro.api.shared.privacy.InsightRecord;
import dk.jobbro.api.shared.privacy.InsightSection;
import dk.jobbro.api.shared.time.ClockProducer;
import java.time.format.DateTimeFormatter;

/**
 * The insight as a Danish HTML document the kommune can print or save as PDF and hand to the person: one heading per
 * section with what it is for, each record as a two-column table (a fact's name, its value), page breaks between
 * records rather than inside them. Self-contained (no scripts, no external styles or fonts) and every value escaped.
 */
final class InsightHtml {

  private static final DateTimeFormatter GENERATED =
      DateTimeFormatter.ofPattern("d. MMMM yyyy 'kl.' HH:mm", java.util.Locale.forLanguageTag("da-DK"))
          .withZone(ClockProducer.DANISH_TIME);

  private InsightHtml() {}

  static String render(Insight insight, String kommuneName) {
    StringBuilder out = new StringBuilder(16_384);
    out.append("""
        <!DOCTYPE html>
        <html lang="da">
        <head>
        <meta charset="utf-8">
        <title>Indsigt i dine oplysninger</title>
        <style>
        body { font-family: "Helvetica Neue", Arial, sans-serif; font-size: 11pt; margin: 2em auto; max-width: 48em;
               color: #000; line-height: 1.35; }
        h1 { font-size: 18pt; margin-bottom: 0.2em; }
        h2 { font-size: 14pt; margin-top: 1.6em; border-bottom: 1px solid #444; break-after: avoid; }
        p.purpose { margin-top: 0.2em; font-style: italic; }
        p.none { color: #444; }
        table { border-collapse: collapse; width: 100%; margin: 0.6em 0; break-inside: avoid; }
        th, td { border: 1px solid #999; padding: 0.2em 0.5em; text-align: left; vertical-align: top; }
        th { width: 35%; font-weight: normal; background: #f2f2f2; }
        td { white-space: pre-wrap; word-break: break-word; }
        @page { size: A4; margin: 2cm; }
        @media print { body { margin: 0; max-width: none; } th { background: none; } }
        </style>
        </head>
        <body>
        """);
    out.append("<h1>Indsigt i dine oplysninger</h1>\n<p>Svar efter databeskyttelsesforordningens artikel 15 fra ")
        .append(escape(kommuneName)).append(" (kommunekode ").append(escape(insight.kommune()))
        .append("). Dokumentet viser alle oplysninger, som integrationssystemet Jobbro har om dig i sag ")
        .append(escape(insight.caseId().toString())).append(", dannet ")
        .append(escape(GENERATED.format(insight.generatedAt()))).append(".</p>\n");
    for (InsightSection section : insight.sections()) {
      out.append("<section id=\"").append(escape(section.key())).append("\">\n<h2>").append(escape(section.title()))
          .append("</h2>\n<p class=\"purpose\">").append(escape(section.purpose())).append("</p>\n");
      if (section.records().isEmpty()) {
        out.append("<p class=\"none\">Jobbro har ingen oplysninger af denne art om dig.</p>\n");
      }
      for (InsightRecord record : section.records()) {
        out.append("<table>\n");
        for (InsightField field : record.fields()) {
          out.append("<tr><th scope=\"row\">").append(escape(field.label())).append("</th><td>")
              .append(field.value() == null ? "–" : escape(field.value())).append("</td></tr>\n");
        }
        out.append("</table>\n");
      }
      out.append("</section>\n");
    }
    out.append("</body>\n</html>\n");
    return out.toString();
  }

  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (char c : text.toCharArray()) {
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
