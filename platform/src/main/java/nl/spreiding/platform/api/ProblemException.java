package nl.spreiding.platform.api;

import java.util.List;

/**
 * Thrown by a service to answer with a specific problem (404 of a resource, 409 on a state conflict, 412 on a
 * stale If-Match, 422 for a rule of the domain). Mapped to {@code application/problem+json} unchanged.
 */
public class ProblemException extends RuntimeException {

    private final transient Problem problem;

    public ProblemException(Problem problem) {
        super(problem.detail());
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }

    public static ProblemException notFound(String detail) {
        return new ProblemException(Problem.ofStatus(404, detail));
    }

    /** The caller is known but may not do this (for this organisation): 403. */
    public static ProblemException forbidden(String detail) {
        return new ProblemException(Problem.ofStatus(403, detail));
    }

    public static ProblemException conflict(String type, String title, String detail) {
        return new ProblemException(new Problem(type, title, 409, detail, null, List.of()));
    }

    public static ProblemException unprocessable(String type, String title, String detail) {
        return new ProblemException(new Problem(type, title, 422, detail, null, List.of()));
    }

    public static ProblemException invalid(String detail, List<Problem.InvalidParam> invalidParams) {
        return new ProblemException(Problem.invalidInput(detail, invalidParams));
    }
}
