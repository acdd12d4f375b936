package dk.jobbro.app.health;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;

/**
 * Only the four addresses of MicroProfile Health exist: {@code /health}, {@code /health/live}, {@code /health/ready}
 * and {@code /health/started}. Payara 6 answers any other {@code /health/...} path with every check and 200, so a typo
 * in a probe ({@code /health/readyy}) would look healthy for ever. Payara registers its health servlet in the web
 * application at the context root, which is Jobbro, so this filter sits in front of it and answers anything else with
 * Jobbro's 404 problem.
 */
@WebFilter(urlPatterns = "/health/*")
public class HealthPaths extends HttpFilter {

  private static final long serialVersionUID = 1L;

  /** The path after {@code /health} that Payara's servlet serves (null is {@code /health} itself). */
  private static final Set<String> KNOWN = Set.of("/live", "/ready", "/started");

  @Override
  protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String subPath = request.getPathInfo();
    if (subPath == null || KNOWN.contains(subPath)) {
      chain.doFilter(request, response);
    } else {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
    }
  }
}
