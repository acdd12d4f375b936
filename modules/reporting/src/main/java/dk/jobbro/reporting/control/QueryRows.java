package dk.jobbro.reporting.control;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads the rows of a report query: the dimension values of each row and blocks of counts. */
final class QueryRows {

  static final String KOMMUNE = "kommune";
  static final String NAVN = "navn";

  private QueryRows() {}

  /** Per row, the kommune code and name of the first two columns. */
  static List<Map<String, Object>> kommuner(List<Object[]> rows) {
    List<Map<String, Object>> result = new ArrayList<>();
    for (Object[] r : rows) {
      Map<String, Object> dims = new LinkedHashMap<>();
      dims.put(KOMMUNE, r[0].toString());
      dims.put(NAVN, r[1]);
      result.add(dims);
    }
    return result;
  }

  /** The codes of the first column, as the categories of a dimension. */
  static List<String> keys(List<Object[]> rows) {
    return rows.stream().map(r -> r[0].toString()).toList();
  }

  /** Rows × {@code n} counts read from column {@code first} on. */
  static long[][] counts(List<Object[]> rows, int first, int n) {
    long[][] body = new long[rows.size()][n];
    for (int i = 0; i < rows.size(); i++) {
      for (int j = 0; j < n; j++) {
        body[i][j] = number(rows.get(i)[first + j]);
      }
    }
    return body;
  }

  static long[][] transpose(long[][] body, int columns) {
    long[][] t = new long[columns][body.length];
    for (int i = 0; i < body.length; i++) {
      for (int j = 0; j < columns; j++) {
        t[j][i] = body[i][j];
      }
    }
    return t;
  }

  static long number(Object value) {
    return value == null ? 0 : ((Number) value).longValue();
  }
}
