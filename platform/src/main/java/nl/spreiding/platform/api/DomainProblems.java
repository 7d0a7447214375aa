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
        List<Problem.InvalidParam> fields = e.fields().stream()
                .map(f -> new Problem.InvalidParam(f.name(), f.reason())).toList();
        Problem generic = e.kind() == DomainException.Kind.INVALID ? Problem.invalidInput(e.getMessage(), fields)
                : Problem.ofStatus(status, e.getMessage());
        // Any refusal may name fields (a 422 that says which input the rule could not use), at most the usual number.
        List<Problem.InvalidParam> shown = fields.size() > Problem.MAX_INVALID_PARAMS
                ? List.copyOf(fields.subList(0, Problem.MAX_INVALID_PARAMS)) : fields;
        return new Problem(e.type() != null ? e.type() : generic.type(), e.title() != null ? e.title() : generic.title(),
                status, generic.detail(), null, shown);
    }
}
