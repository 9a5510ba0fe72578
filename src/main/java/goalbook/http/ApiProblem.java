package goalbook.http;

import java.util.List;

/**
 * An RFC 9457 problem answer, e.g. 404 {@code unknown_region} "Unknown region 'norr'" / sv "Okänd region 'norr'.".
 *
 * @param problems workbook problems with their cells, or empty
 */
final class ApiProblem extends RuntimeException {
    final int status;
    final String type;
    final String sv;
    final transient List<?> problems;

    ApiProblem(int status, String type, String title, String sv) {
        this(status, type, title, sv, List.of());
    }

    ApiProblem(int status, String type, String title, String sv, List<?> problems) {
        super(title, null, false, false);
        this.status = status;
        this.type = type;
        this.sv = sv;
        this.problems = problems;
    }

    static ApiProblem notFound(String type, String title, String sv) {
        return new ApiProblem(404, type, title, sv);
    }

    static ApiProblem badRequest(String type, String title, String sv) {
        return new ApiProblem(400, type, title, sv);
    }

    static ApiProblem forbidden(String title) {
        return new ApiProblem(403, "forbidden", title, "Du har inte behörighet till detta.");
    }
}
