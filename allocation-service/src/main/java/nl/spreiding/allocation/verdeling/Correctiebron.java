package nl.spreiding.allocation.verdeling;

import java.time.LocalDate;

/**
 * Where a key's correction function comes from: a publication (its citation, date and, if there is one, address), or an
 * assumption with the reason it was made. Never invented: an unknown rule is an assumption, and says so.
 *
 * @param tekst the publication ("Stcrt. 2025, 12345") or the reason for the assumption
 * @param datum the publication's date; null for an assumption
 * @param url the publication's address; optional
 */
public record Correctiebron(Soort soort, String tekst, LocalDate datum, String url) {

    public enum Soort {
        /** Published by the ministry (Staatscourant, letter to parliament, …). */
        PUBLICATIE,
        /** Not (yet) published: an assumption, with its reason. */
        AANNAME
    }

    public Correctiebron {
        if (soort == null) {
            throw new OngeldigeCorrectie("bron.soort", "ontbreekt; PUBLICATIE of AANNAME");
        }
        if (tekst == null || tekst.isBlank()) {
            throw new OngeldigeCorrectie("bron.tekst", soort == Soort.PUBLICATIE
                    ? "ontbreekt; noem de publicatie (bijvoorbeeld Stcrt. 2025, 12345)" : "ontbreekt; noem de reden van de aanname");
        }
        if (soort == Soort.PUBLICATIE && datum == null) {
            throw new OngeldigeCorrectie("bron.datum", "ontbreekt; een publicatie heeft een datum");
        }
        if (soort == Soort.AANNAME && (datum != null || url != null)) {
            throw new OngeldigeCorrectie(datum != null ? "bron.datum" : "bron.url",
                    "een aanname heeft geen publicatiedatum of adres; kies PUBLICATIE als de regel gepubliceerd is");
        }
        if (url != null && !url.matches("https?://\\S+")) {
            throw new OngeldigeCorrectie("bron.url", "moet een http(s)-adres zijn, niet '" + url + "'");
        }
    }

    /** "publicatie Stcrt. 2025, 12345 van 2025-03-12 (https://…)" or "aanname: reason". */
    public String omschrijving() {
        if (soort == Soort.AANNAME) {
            return "aanname: " + tekst;
        }
        return "publicatie " + tekst + " van " + datum + (url == null ? "" : " (" + url + ")");
    }
}
