package nl.spreiding.platform.persistence;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The optional filters of a list query: each condition whose value is {@code null} filters nothing. Gives a Panache
 * query string with named parameters, e.g. {@code Toezegging.find(filter.query(), sort, filter.parameters())}.
 */
public final class QueryFilter {

    private final StringBuilder where = new StringBuilder("1 = 1");
    private final Map<String, Object> parameters = new LinkedHashMap<>();

    /** {@code field = value}, when a value is given. */
    public QueryFilter equal(String field, Object value) {
        return when(value, field + " = :" + field, field);
    }

    /**
     * A condition of its own that uses {@code :name}, when a value is given, e.g.
     * {@code when(code, "(organisatie = :organisatie or organisatie is null)", "organisatie")}.
     */
    public QueryFilter when(Object value, String condition, String name) {
        if (value != null) {
            where.append(" and ").append(condition);
            parameters.put(name, value);
        }
        return this;
    }

    public String query() {
        return where.toString();
    }

    public Map<String, Object> parameters() {
        return Map.copyOf(parameters);
    }
}
