package nl.spreiding.platform.api;

import java.util.List;

import nl.spreiding.platform.errors.DomainException;

/** The problem+json of a domain refusal: the status that goes with its kind, its own type, title and words. */
public final class DomainProblems {

    private DomainProblems() {
    }

    public static Problem of(DomainException e) {
        int status = switch (e.kind()) {
            case INVALID -> 400;
            case FORBIDDEN -> 403;
            case NOT_FOUND -> 404;
            case CONFLICT -> 409;
            case STALE_VERSION -> 412;
            case VERSION_REQUIRED -> 428;
            case UNPROCESSABLE -> 422;
        };
        if (e.kind() == DomainException.Kind.INVALID) {
            List<Problem.InvalidParam> invalid = e.fields().stream()
                    .map(f -> new Problem.InvalidParam(f.name(), f.reason())).toList();
            Problem capped = Problem.invalidInput(invalid);
            String detail = invalid.size() <= Problem.MAX_INVALID_PARAMS && e.getMessage() != null ? e.getMessage()
                    : capped.detail();
            return new Problem(e.type() != null ? e.type() : capped.type(), e.title() != null ? e.title() : capped.title(),
                    status, detail, null, capped.invalidParams());
        }
        Problem generic = Problem.ofStatus(status, e.getMessage());
        return new Problem(e.type() != null ? e.type() : generic.type(), e.title() != null ? e.title() : generic.title(),
                status, e.getMessage(), null, List.of());
    }
}
