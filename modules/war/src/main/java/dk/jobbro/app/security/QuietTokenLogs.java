package dk.jobbro.app.security;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Payara's MicroProfile JWT logs every token it cannot verify at INFO with the whole stack trace (about 56 lines,
 * 5 KB), so anyone without a token could grow the server log at will. Jobbro logs rejections itself, briefly and
 * rate-limited ({@link RejectedTokenLog}); this raises Payara's logger to WARNING. {@code server-config/jobbro.asadmin}
 * sets the same level in the domain's logging configuration; doing it here as well keeps Payara Micro and a domain
 * configured without that line quiet too.
 */
@WebListener
public class QuietTokenLogs implements ServletContextListener {

  static final String PAYARA_JWT_LOGGER = "fish.payara.microprofile.jwtauth.eesecurity.SignedJWTIdentityStore";

  // java.util.logging keeps loggers weakly: holding it keeps the level from being forgotten
  private static final Logger PAYARA_JWT = Logger.getLogger(PAYARA_JWT_LOGGER);

  @Override
  public void contextInitialized(ServletContextEvent event) {
    if (PAYARA_JWT.getLevel() == null || PAYARA_JWT.getLevel().intValue() < Level.WARNING.intValue()) {
      PAYARA_JWT.setLevel(Level.WARNING);
    }
  }
}
