package nl.spreiding.platform.api.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

/** A list in a request body with more elements than its property allows. */
public final class TeLangeLijstException extends MismatchedInputException {

    private final int maximum;
    private final int aantal;

    TeLangeLijstException(JsonParser parser, int maximum, int aantal) {
        super(parser, "lijst met " + aantal + " elementen, ten hoogste " + maximum + " toegestaan");
        this.maximum = maximum;
        this.aantal = aantal;
    }

    public int maximum() {
        return maximum;
    }

    public int aantal() {
        return aantal;
    }
}
