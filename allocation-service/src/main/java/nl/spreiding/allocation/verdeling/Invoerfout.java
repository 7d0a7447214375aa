package nl.spreiding.allocation.verdeling;

/**
 * One reason the input cannot be distributed.
 *
 * @param gemeentecode the municipality concerned; null when the problem is not about one municipality
 * @param veld the input field concerned, as named in the API (e.g. {@code sesWoaScore})
 */
public record Invoerfout(String gemeentecode, String veld, String melding) {

    @Override
    public String toString() {
        return (gemeentecode == null ? "" : gemeentecode + ": ") + melding;
    }
}
