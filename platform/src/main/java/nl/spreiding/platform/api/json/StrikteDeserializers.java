package nl.spreiding.platform.api.json;

import java.io.IOException;
import java.util.Collection;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.type.CollectionType;

import jakarta.validation.constraints.Size;

/**
 * The two checks Jackson has no switch for: an enum value must be one of the names exactly (Jackson trims
 * {@code "ASIEL "} to {@code ASIEL}), and a list longer than the {@code @Size(max)} of its property is refused
 * while it is read, before bean validation would check each of its elements.
 */
final class StrikteDeserializers extends BeanDeserializerModifier {

    @Override
    public JsonDeserializer<?> modifyEnumDeserializer(DeserializationConfig config, JavaType type,
            BeanDescription beanDesc, JsonDeserializer<?> deserializer) {
        return new ExacteEnum(deserializer);
    }

    @Override
    public JsonDeserializer<?> modifyCollectionDeserializer(DeserializationConfig config, CollectionType type,
            BeanDescription beanDesc, JsonDeserializer<?> deserializer) {
        return new BegrensdeLijst(deserializer, Integer.MAX_VALUE);
    }

    /** Refuses enum text with surrounding white space; everything else is the normal enum deserializer's. */
    static final class ExacteEnum extends DelegatingDeserializer {

        ExacteEnum(JsonDeserializer<?> delegate) {
            super(delegate);
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> newDelegatee) {
            return new ExacteEnum(newDelegatee);
        }

        @Override
        public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() == JsonToken.VALUE_STRING) {
                String text = p.getText();
                if (!text.equals(text.strip())) {
                    throw InvalidFormatException.from(p, "waarde met spaties", text, handledType());
                }
            }
            return super.deserialize(p, ctxt);
        }
    }

    /** A list that may hold at most {@code max} elements, taken from the {@code @Size} of its property. */
    static final class BegrensdeLijst extends DelegatingDeserializer {

        private final int max;

        BegrensdeLijst(JsonDeserializer<?> delegate, int max) {
            super(delegate);
            this.max = max;
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> newDelegatee) {
            return new BegrensdeLijst(newDelegatee, max);
        }

        @Override
        public JsonDeserializer<?> createContextual(DeserializationContext ctxt, BeanProperty property)
                throws com.fasterxml.jackson.databind.JsonMappingException {
            JsonDeserializer<?> contextual = super.createContextual(ctxt, property);
            JsonDeserializer<?> delegate = contextual instanceof BegrensdeLijst lijst ? lijst.getDelegatee() : contextual;
            Size size = property == null ? null : property.getAnnotation(Size.class);
            return new BegrensdeLijst(delegate, size == null ? Integer.MAX_VALUE : size.max());
        }

        @Override
        public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            Object value = super.deserialize(p, ctxt);
            if (value instanceof Collection<?> collection && collection.size() > max) {
                throw new TeLangeLijstException(p, max, collection.size());
            }
            return value;
        }
    }
}
