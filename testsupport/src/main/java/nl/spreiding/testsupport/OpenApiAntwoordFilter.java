package nl.spreiding.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.http.Header;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;

/**
 * Checks every answer a test receives through RestAssured against the service's live OpenAPI document
 * ({@code /api/v1/openapi.json} of the same server), and fails the test when the answer breaks it. The document is
 * read once per server.
 */
public final class OpenApiAntwoordFilter implements Filter {

    private static final Map<URI, OpenApiContract> CONTRACTS = new ConcurrentHashMap<>();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Override
    public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification responseSpec,
            FilterContext context) {
        Response response = context.next(request, responseSpec);
        URI uri = URI.create(request.getURI());
        OpenApiContract contract = CONTRACTS.computeIfAbsent(
                URI.create(uri.getScheme() + "://" + uri.getAuthority() + "/api/v1/openapi.json"),
                OpenApiAntwoordFilter::load);
        Map<String, String> headers = new LinkedHashMap<>();
        for (Header header : response.getHeaders()) {
            headers.putIfAbsent(header.getName(), header.getValue());
        }
        List<String> violations = contract.violations(new OpenApiContract.Exchange(request.getMethod(),
                uri.getRawPath() == null ? "" : URI.create(uri.getRawPath()).getPath(), response.statusCode(),
                headers, response.asByteArray()));
        if (!violations.isEmpty()) {
            throw new AssertionError("Het antwoord houdt zich niet aan het OpenAPI-document:\n- "
                    + String.join("\n- ", violations));
        }
        return response;
    }

    private static OpenApiContract load(URI document) {
        try {
            HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(document).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() != 200) {
                throw new IllegalStateException("OpenAPI-document " + document + " gaf status " + answer.statusCode());
            }
            return OpenApiContract.of(answer.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
