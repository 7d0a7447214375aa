package nl.spreiding.allocation.referentiedata;

import java.util.List;

/**
 * One CBS export as its reader found it, before anything is chosen or checked: which layout, which table (when the
 * file says so), which measure column, and per region row the raw texts. Codes are trimmed (CBS pads them with spaces).
 *
 * @param tabel the CBS table id (such as 86092NED) when the file names it, else null
 * @param meting the column that was read, as the file names it
 * @param vervolg true when the file is one page of a larger result (OData {@code odata.nextLink})
 */
record CbsTabel(Indeling indeling, String tabel, String meting, List<Waarneming> waarnemingen, boolean vervolg) {

    /** The layouts CBS delivers a table in. */
    enum Indeling {
        /** {@code opendata.cbs.nl/ODataApi/odata/<tabel>/TypedDataSet} as JSON: {@code {"odata.metadata":…,"value":[…]}}. */
        ODATA_JSON("OData TypedDataSet (JSON)"),
        /** The same data set as CSV: ID, WijkenEnBuurten or RegioS, Perioden, the measures by key; {@code ;} separated. */
        ODATA_CSV("OData TypedDataSet (CSV)"),
        /** StatLine's download "CSV met statistische symbolen": Dutch labels, {@code .} for a suppressed value, {@code 2022*}. */
        STATLINE_SYMBOLEN("StatLine CSV met statistische symbolen");

        final String omschrijving;

        Indeling(String omschrijving) {
            this.omschrijving = omschrijving;
        }
    }

    /**
     * One row: where it is in the file (for a message: {@code regel[5]} or {@code value[3]}), the region code or label,
     * the period as written ({@code 2022JJ00}, {@code 2022*}) and the value as text ({@code ""} for an empty or null one).
     */
    record Waarneming(String plaats, String regio, String periode, String waarde) {
    }
}
