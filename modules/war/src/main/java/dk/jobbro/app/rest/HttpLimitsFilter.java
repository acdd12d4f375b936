package dk.jobbro.app.rest;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;

/**
 * Jobbro's own limits on the request line and headers, answered as problems (414, 431) through the error page
 * ({@link ContainerErrorServlet}). The listener's header buffer is set larger than these (64 KiB in
 * server-config/jobbro.asadmin), so an over-long address or header reaches this filter instead of being cut off by
 * Grizzly with an empty 400; only requests whose head is larger than the buffer still get Grizzly's answer.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class HttpLimitsFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  /** Path and query each; the longest real address (a report with every filter) is a few hundred characters. */
  static final int MAX_PATH = 2048;
  static final int MAX_QUERY = 4096;
  /** One header's value; a bearer token from a real identity provider is 1-3 KB. */
  static final int MAX_HEADER = 8192;
  static final int MAX_HEADERS_TOTAL = 32 * 1024;

  @Override
  protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String query = request.getQueryString();
    if (request.getRequestURI().length() > MAX_PATH || query != null && query.length() > MAX_QUERY) {
      response.sendError(414);
      return;
    }
    if (headersTooLarge(request)) {
      response.sendError(431);
      return;
    }
    chain.doFilter(request, response);
  }

  private static boolean headersTooLarge(HttpServletRequest request) {
    long total = 0;
    for (String name : Collections.list(request.getHeaderNames())) {
      for (String value : Collections.list(request.getHeaders(name))) {
        if (value.length() > MAX_HEADER) {
          return true;
        }
        total += name.length() + value.length() + 4;
      }
    }
    return total > MAX_HEADERS_TOTAL;
  }
}
