package dk.jobbro.app.metrics;

import dk.jobbro.api.shared.security.Roles;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * {@code /metrics} only for operations staff: a bearer token verified by MicroProfile JWT with the {@code admin} role.
 * The application scope holds every kommune's figures (overdue first offers, waiting handovers), which the API shows
 * a kommune's staff only for their own kommune; on the listener the kommuner call, an open {@code /metrics} would show
 * them all to anyone. Payara's own switch for this ({@code set-metrics-configuration --securityenabled}) needs HTTPS
 * and a user in Payara's file realm, Jobbro knows only bearer tokens. Payara registers its metrics servlet in the
 * web application at the context root, which is Jobbro, so this filter sits in front of it.
 */
@WebFilter(urlPatterns = "/metrics/*")
public class MetricsAccess extends HttpFilter {

  private static final long serialVersionUID = 1L;

  @Override
  protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (request.getUserPrincipal() == null) {
      response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
    } else if (!request.isUserInRole(Roles.ADMIN)) {
      response.sendError(HttpServletResponse.SC_FORBIDDEN);
    } else {
      chain.doFilter(request, response);
    }
  }
}
