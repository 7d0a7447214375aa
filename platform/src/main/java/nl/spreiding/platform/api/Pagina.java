package nl.spreiding.platform.api;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

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

    public static <T> Pagina<T> van(List<T> alles, Paginering paginering) {
        int from = Math.min(alles.size(), paginering.offset());
        int to = Math.min(alles.size(), from + paginering.paginaGrootte());
        return new Pagina<>(List.copyOf(alles.subList(from, to)), paginering.pagina(), paginering.paginaGrootte(),
                alles.size());
    }
}
