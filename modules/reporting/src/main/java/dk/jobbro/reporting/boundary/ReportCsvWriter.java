package dk.jobbro.reporting.boundary;

import dk.jobbro.api.reporting.Report;
import dk.jobbro.api.reporting.ReportColumn;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Writes a report as CSV that Excel in a Danish locale opens right: UTF-8 with a byte-order mark (so æøå survive),
 * semicolons between fields, decimal commas, CRLF line ends, one header row of column labels, then the rows and the
 * national total. A suppressed cell is empty.
 */
@Provider
@Produces(ReportCsvWriter.TEXT_CSV)
public class ReportCsvWriter implements MessageBodyWriter<Report> {

  public static final String TEXT_CSV = "text/csv";
  private static final char SEPARATOR = ';';

  @Override
  public boolean isWriteable(Class<?> type, Type generic, Annotation[] annotations, MediaType mediaType) {
    return Report.class.isAssignableFrom(type);
  }

  @Override
  public void writeTo(Report report, Class<?> type, Type generic, Annotation[] annotations, MediaType mediaType,
      MultivaluedMap<String, Object> headers, OutputStream out) throws IOException, WebApplicationException {
    headers.putSingle("Content-Type", TEXT_CSV + "; charset=UTF-8");
    headers.putSingle("Content-Disposition", "attachment; filename=\"" + report.report() + ".csv\"");
    Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    writer.write('\uFEFF');
    List<String> labels = new ArrayList<>();
    report.columns().forEach(c -> labels.add(c.label()));
    line(writer, labels);
    for (Map<String, Object> row : report.rows()) {
      line(writer, values(report.columns(), row));
    }
    Map<String, Object> total = new java.util.LinkedHashMap<>(report.total());
    total.putIfAbsent("navn", "Hele landet");
    line(writer, values(report.columns(), total));
    writer.flush();
  }

  private static List<String> values(List<ReportColumn> columns, Map<String, Object> row) {
    List<String> values = new ArrayList<>();
    for (ReportColumn column : columns) {
      Object value = row.get(column.name());
      values.add(value == null ? "" : value instanceof Double d ? Double.toString(d).replace('.', ',')
          : value.toString());
    }
    return values;
  }

  private static void line(Writer writer, List<String> fields) throws IOException {
    for (int i = 0; i < fields.size(); i++) {
      if (i > 0) {
        writer.write(SEPARATOR);
      }
      writer.write(quoted(fields.get(i)));
    }
    writer.write("\r\n");
  }

  private static String quoted(String field) {
    if (field.indexOf(SEPARATOR) >= 0 || field.indexOf('"') >= 0 || field.indexOf('\n') >= 0) {
      return '"' + field.replace("\"", "\"\"") + '"';
    }
    return field;
  }
}
