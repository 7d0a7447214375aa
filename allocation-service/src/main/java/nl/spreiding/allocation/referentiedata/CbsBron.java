package nl.spreiding.allocation.referentiedata;

import java.time.LocalDate;

/** The change log's one-line account of a CBS update: enough to find the same table edition again. */
final class CbsBron {

    private CbsBron() {
    }

    static String beschrijf(CbsTabel tabel, String tabelId, int verslagjaar, CbsStatus status, LocalDate bestandsdatum,
            LocalDate geldigVoor) {
        return "CBS " + (tabelId == null ? "(tabel niet opgegeven)" : tabelId) + ", " + tabel.indeling().omschrijving
                + ", kolom " + tabel.meting() + ", verslagjaar " + verslagjaar + " ("
                + (status == null ? "voorlopig of definitief niet vermeld" : status.name().toLowerCase(java.util.Locale.ROOT))
                + "), bestand van " + (bestandsdatum == null ? "onbekende datum" : bestandsdatum) + ", geldig voor " + geldigVoor;
    }
}
