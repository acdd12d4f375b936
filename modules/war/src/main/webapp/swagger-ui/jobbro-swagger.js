// Swagger UI for Jobbro: reads the server's OpenAPI document. Use "Authorize" with a bearer token (the quick start
// writes demo tokens to .jobbro/demo-tokens.env).
window.onload = function () {
  window.ui = SwaggerUIBundle({
    url: "/openapi",
    dom_id: "#swagger-ui",
    deepLinking: true,
    persistAuthorization: false,
    tryItOutEnabled: true
  });
};
