package nl.spreiding.pledge.uitkering;

import java.util.Map;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;

/** No crediting between municipalities: used until a real {@link Plaatsverrekening} bean exists. */
@DefaultBean
@ApplicationScoped
public class GeenVerrekening implements Plaatsverrekening {

    @Override
    public Map<String, Integer> saldi(String cyclus) {
        return Map.of();
    }
}
