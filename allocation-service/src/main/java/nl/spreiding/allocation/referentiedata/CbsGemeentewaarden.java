package nl.spreiding.allocation.referentiedata;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import nl.spreiding.allocation.csv.CsvGetal;
import nl.spreiding.allocation.invoer.Invoergrenzen;
import nl.spreiding.platform.errors.DomainException.FieldError;

/**
 * The municipalities' values of one report year in a CBS export: rows of the Netherlands, parts of the country,
 * provinces, districts and neighbourhoods are skipped; the year is the one asked for, or the only one in the file.
 * Every problem of a line is collected, so that one answer names them all: each suppressed or empty value ({@code .}), each
 * value that cannot be the measure, each municipality that occurs twice.
 *
 * @param waarden value per gemeentecode, in file order
 * @param genoemd every municipality with a line in the year, also one whose value is refused (reported on that line)
 * @param voorlopig whether the file marks the year provisional; null when its layout cannot say (OData)
 * @param problemen the lines' problems, for the caller to report with its own (such as missing municipalities)
 */
record CbsGemeentewaarden(Map<String, BigDecimal> waarden, Set<String> genoemd, int verslagjaar, Boolean voorlopig,
        List<FieldError> problemen) {

    /** CBS marks a suppressed value with a dot; JSON with null, which its reader makes empty. */
    private static final String ONBEKEND = ".";

    /**
     * @param verslagjaar the report year asked for, or null to take the only one in the file
     * @param controle why a value cannot be this measure, or null when it can
     */
    static CbsGemeentewaarden van(CbsTabel tabel, Integer verslagjaar, Function<BigDecimal, String> controle) {
        List<FieldError> problemen = new ArrayList<>();
        List<CbsTabel.Waarneming> gemeenten = new ArrayList<>();
        List<CbsPeriode> perioden = new ArrayList<>();
        for (CbsTabel.Waarneming w : tabel.waarnemingen()) {
            if (!w.regio().matches("GM\\d{4}")) {
                continue;
            }
            CbsPeriode periode = CbsPeriode.van(w.periode());
            if (periode == null) {
                problemen.add(new FieldError(w.plaats(), w.regio() + ": periode " + Invoergrenzen.citaat(w.periode())
                        + " is geen jaar (zoals 2022JJ00 of 2022*)"));
                continue;
            }
            gemeenten.add(w);
            perioden.add(periode);
        }
        TreeSet<Integer> jaren = perioden.stream().map(CbsPeriode::jaar).collect(Collectors.toCollection(TreeSet::new));
        int jaar;
        if (verslagjaar != null) {
            if (!jaren.contains(verslagjaar) && problemen.isEmpty()) {
                throw afgekeurd("verslagjaar", verslagjaar + " staat niet in het bestand; het bevat " + beschrijf(jaren));
            }
            jaar = verslagjaar;
        } else if (jaren.size() == 1) {
            jaar = jaren.first();
        } else if (problemen.isEmpty()) {
            throw afgekeurd("verslagjaar", jaren.isEmpty() ? "het bestand bevat geen gemeente (GM…) met een verslagjaar"
                    : "het bestand bevat de verslagjaren " + beschrijf(jaren) + "; kies er een met ?verslagjaar=");
        } else {
            throw new GemeentenCsv.Afgekeurd(problemen);
        }
        Map<String, BigDecimal> waarden = new LinkedHashMap<>();
        Set<String> genoemd = new HashSet<>();
        Boolean voorlopig = null;
        for (int i = 0; i < gemeenten.size(); i++) {
            if (perioden.get(i).jaar() != jaar) {
                continue;
            }
            CbsTabel.Waarneming w = gemeenten.get(i);
            genoemd.add(w.regio());
            Boolean gemarkeerd = perioden.get(i).voorlopig();
            if (gemarkeerd != null) {
                voorlopig = Boolean.TRUE.equals(voorlopig) || gemarkeerd; // one provisional row makes the year provisional
            }
            BigDecimal getal = getal(w, controle, problemen);
            if (getal != null && waarden.put(w.regio(), getal) != null) {
                problemen.add(new FieldError(w.plaats(), w.regio() + " komt in " + jaar + " meer dan eens voor"));
            }
        }
        return new CbsGemeentewaarden(waarden, genoemd, jaar, voorlopig, problemen);
    }

    private static BigDecimal getal(CbsTabel.Waarneming w, Function<BigDecimal, String> controle, List<FieldError> problemen) {
        String waarde = w.waarde();
        if (waarde.isEmpty() || ONBEKEND.equals(waarde)) {
            problemen.add(new FieldError(w.plaats(), w.regio() + " heeft geen waarde (CBS: '" + waarde + "')"));
            return null;
        }
        try {
            // Short texts only: a number of thousands of digits is no measure of CBS and would be slow to read.
            if (waarde.length() > Invoergrenzen.MAX_GETAL_TEKENS) {
                throw new CsvGetal.Ongeldig(Invoergrenzen.citaat(waarde) + " is geen getal");
            }
            // OData writes a decimal point, StatLine a decimal comma.
            BigDecimal getal = CsvGetal.decimaal(waarde, true);
            String fout = controle.apply(getal);
            if (fout != null) {
                problemen.add(new FieldError(w.plaats(), w.regio() + ": " + fout));
                return null;
            }
            return getal;
        } catch (CsvGetal.Ongeldig e) {
            problemen.add(new FieldError(w.plaats(), e.getMessage()));
            return null;
        }
    }

    private static String beschrijf(TreeSet<Integer> jaren) {
        return jaren.isEmpty() ? "geen verslagjaar" : jaren.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }

    private static GemeentenCsv.Afgekeurd afgekeurd(String naam, String reden) {
        return new GemeentenCsv.Afgekeurd(List.of(new FieldError(naam, reden)));
    }
}
