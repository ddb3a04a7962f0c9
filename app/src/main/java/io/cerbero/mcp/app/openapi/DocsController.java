package io.cerbero.mcp.app.openapi;

import io.cerbero.mcp.core.registry.PluginRegistry;
import io.cerbero.mcp.core.schema.ToolSchemas;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;

/**
 * {@code /openapi.json} (built once from the registry at startup) and {@code /apidocs} (Swagger UI from the
 * webjar, served under {@code /apidocs/assets/}).
 */
@Controller
public class DocsController {
    private static final String SWAGGER_PAGE = """
            <!doctype html>
            <html lang="en">
            <head>
              <meta charset="utf-8">
              <title>Cerbero MCP API</title>
              <link rel="stylesheet" href="/apidocs/assets/swagger-ui.css">
            </head>
            <body>
            <div id="swagger-ui"></div>
            <script src="/apidocs/assets/swagger-ui-bundle.js"></script>
            <script>
              window.ui = SwaggerUIBundle({
                url: '/openapi.json',
                dom_id: '#swagger-ui',
                persistAuthorization: true,
                displayRequestDuration: true,
                filter: true,
                tryItOutEnabled: true,
                tagsSorter: 'alpha',
                operationsSorter: 'alpha',
                deepLinking: true
              });
            </script>
            </body>
            </html>
            """;

    private final String openApi;

    public DocsController(PluginRegistry registry, ToolSchemas schemas) {
        String version = DocsController.class.getPackage().getImplementationVersion();
        this.openApi = new OpenApiDocument(schemas).build(registry, version == null ? "dev" : version);
    }

    @Get(uri = "/openapi.json", produces = MediaType.APPLICATION_JSON)
    public HttpResponse<String> openApi() {
        return HttpResponse.ok(openApi);
    }

    @Get(uri = "/apidocs", produces = MediaType.TEXT_HTML)
    public HttpResponse<String> swaggerUi() {
        return HttpResponse.ok(SWAGGER_PAGE);
    }
}
