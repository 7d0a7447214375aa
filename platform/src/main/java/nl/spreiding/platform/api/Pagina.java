package nl.spreiding.platform.api;

import java.util.List;
import java.util.function.Function;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.quarkus.hibernate.orm.panache.PanacheQuery;

/** One page of a list resource, with what a client needs to fetch the next. */
@Schema(description = "Eén pagina van een lijst.")
public record Pagina<T>(
        @Schema(description = "De resultaten op deze pagina") List<T> resultaten,
        @Schema(description = "Nummer van deze pagina, vanaf 1", example = "1") int pagina,
        @Schema(description = "Maximaal aantal resultaten per pagina", example = "50") int paginaGrootte,
        @Schema(description = "Totaal aantal resultaten over alle pagina's", example = "342") long totaal) {

    @Schema(description = "Aantal pagina's", example = "7")
    public long getAantalPaginas() {
        return totaal == 0 ? 0 : (totaal + paginaGrootte - 1) / paginaGrootte;
    }

    /**
     * One page of a Panache query, each row mapped to what the API shows. The rows are read with {@code list()}, not
     * streamed, so the mapping may run queries of its own.
     */
    public static <E, T> Pagina<T> van(PanacheQuery<E> query, Paginering paginering, Function<? super E, ? extends T> naarResultaat) {
        List<T> resultaten = query.page(paginering.pagina() - 1, paginering.paginaGrootte()).list().stream()
                .<T>map(naarResultaat).toList();
        return new Pagina<>(resultaten, paginering.pagina(), paginering.paginaGrootte(), query.count());
    }

    public static <T> Pagina<T> van(List<T> alles, Paginering paginering) {
        int from = Math.min(alles.size(), paginering.offset());
        int to = Math.min(alles.size(), from + paginering.paginaGrootte());
        return new Pagina<>(List.copyOf(alles.subList(from, to)), paginering.pagina(), paginering.paginaGrootte(),
                alles.size());
    }
}
