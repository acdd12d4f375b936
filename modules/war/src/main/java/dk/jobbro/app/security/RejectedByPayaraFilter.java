package dk.jobbro.app.security;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * A token MicroProfile JWT refuses (form, signature, issuer, audience, expiry) never reaches Jakarta REST: Payara
 * answers 401 through the error page. This filter sits in front of that error page and reports the rejection to
 * {@link RejectedTokenLog}, so those tokens get the same one rate-limited line as the ones Jobbro refuses itself.
 */
@WebFilter(urlPatterns = "/problem", dispatcherTypes = DispatcherType.ERROR)
public class RejectedByPayaraFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  @Override
  protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (Integer.valueOf(401).equals(request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE))
        && request.getHeader("Authorization") != null) {
      RejectedTokenLog.INSTANCE.reject(request.getRemoteAddr(),
          "refused by MicroProfile JWT (form, signature, issuer, audience or expiry)");
    }
    chain.doFilter(request, response);
  }
}
