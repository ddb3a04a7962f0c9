package io.cerbero.mcp.app.web;

import io.cerbero.mcp.core.invoke.Echo;
import io.cerbero.mcp.core.spi.ErrorCode;
import io.cerbero.mcp.core.spi.ToolException;
import io.micronaut.core.convert.exceptions.ConversionErrorException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Error;
import io.micronaut.http.exceptions.ContentLengthExceededException;
import io.micronaut.http.exceptions.HttpStatusException;
import io.micronaut.web.router.exceptions.UnsatisfiedRouteException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns every failure, the framework's own included, into the error envelope: never a default error page,
 * never a stack trace in a body.
 */
@Controller
public class ErrorController {
    private static final Logger LOG = LoggerFactory.getLogger(ErrorController.class);

    private final ErrorResponses errors;

    public ErrorController(ErrorResponses errors) {
        this.errors = errors;
    }

    @Error(global = true)
    public HttpResponse<String> onException(HttpRequest<?> request, Throwable failure) {
        if (failure instanceof ToolException e) {
            return errors.of(request, e);
        }
        if (failure instanceof ContentLengthExceededException) {
            return errors.of(request, ToolException.invalidInput("request body exceeds the 1 MiB limit"), 413);
        }
        if (failure instanceof ConversionErrorException || failure instanceof UnsatisfiedRouteException) {
            return errors.of(request, ToolException.invalidInput("request could not be read: "
                    + failure.getClass().getSimpleName()), 422);
        }
        if (failure instanceof HttpStatusException e && e.getStatus().getCode() < 500) {
            return errors.of(request, ToolException.of(ErrorCode.BAD_REQUEST, "request refused: HTTP " + e.getStatus().getCode()),
                    e.getStatus().getCode());
        }
        LOG.error("request {} failed unexpectedly", RequestAttributes.requestId(request), failure);
        return errors.of(request, ErrorCode.UNHANDLED_EXCEPTION,
                "internal error; see server log for request " + RequestAttributes.requestId(request), null);
    }

    @Error(status = HttpStatus.NOT_FOUND, global = true)
    public HttpResponse<String> notFound(HttpRequest<?> request) {
        return errors.of(request, ErrorCode.NOT_FOUND, "no route " + Echo.clip(request.getPath(), 100),
                "see /apidocs for the routes");
    }

    @Error(status = HttpStatus.METHOD_NOT_ALLOWED, global = true)
    public HttpResponse<String> methodNotAllowed(HttpRequest<?> request) {
        return errors.of(request, ToolException.of(ErrorCode.BAD_REQUEST, request.getMethodName()
                + " is not allowed on " + Echo.clip(request.getPath(), 100)).withFix("tools are called with POST"), 405);
    }

    @Error(status = HttpStatus.UNSUPPORTED_MEDIA_TYPE, global = true)
    public HttpResponse<String> unsupportedMediaType(HttpRequest<?> request) {
        return errors.of(request, ToolException.invalidInput("Content-Type must be application/json"), 422);
    }

    @Error(status = HttpStatus.BAD_REQUEST, global = true)
    public HttpResponse<String> badRequest(HttpRequest<?> request) {
        return errors.of(request, ErrorCode.BAD_REQUEST, "malformed request", null);
    }

    @Error(status = HttpStatus.REQUEST_ENTITY_TOO_LARGE, global = true)
    public HttpResponse<String> tooLarge(HttpRequest<?> request) {
        return errors.of(request, ToolException.invalidInput("request body exceeds the 1 MiB limit"), 413);
    }

}
