package io.cerbero.mcp.core.spi;

/**
 * The closed set of error codes of the HTTP contract. Each carries its HTTP status and envelope {@code type}.
 */
public enum ErrorCode {
    UNAUTHORIZED(401, "authentication_error"),
    BAD_REQUEST(400, "invalid_request_error"),
    NOT_FOUND(404, "invalid_request_error"),
    INVALID_INPUT(422, "invalid_request_error"),
    POLICY_REJECTED(403, "policy_error"),
    NOT_CONFIGURED(503, "configuration_error"),
    UPSTREAM_REJECTED(422, "upstream_error"),
    UPSTREAM_ERROR(502, "upstream_error"),
    UPSTREAM_TIMEOUT(504, "upstream_error"),
    RATE_LIMIT(429, "rate_limit_error"),
    UNHANDLED_EXCEPTION(500, "internal_error");

    private final int httpStatus;
    private final String type;

    ErrorCode(int httpStatus, String type) {
        this.httpStatus = httpStatus;
        this.type = type;
    }

    public int httpStatus() {
        return httpStatus;
    }

    public String type() {
        return type;
    }
}
