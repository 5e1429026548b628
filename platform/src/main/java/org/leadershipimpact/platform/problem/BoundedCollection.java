package org.leadershipimpact.platform.problem;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.util.JsonParserDelegate;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import jakarta.validation.constraints.Size;

import java.io.IOException;

/**
 * Reads a list or set whose field carries {@code @Size(max = n)} and stops at its item n + 1. Bean
 * Validation would check the size only after every item was built and validated: 100,000 empty
 * objects in a 300 KB body once cost minutes of a core and 200,000 violations. Here the request costs
 * no more than n items.
 */
final class BoundedCollection extends DelegatingDeserializer {

    private final int max;

    BoundedCollection(JsonDeserializer<?> delegatee, int max) {
        super(delegatee);
        this.max = max;
    }

    static String tooMany(int max) {
        return "must hold at most " + max + " items";
    }

    @Override
    protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> delegatee) {
        return new BoundedCollection(delegatee, max);
    }

    @Override
    public JsonDeserializer<?> createContextual(DeserializationContext context, BeanProperty property) throws JsonMappingException {
        BoundedCollection contextual = (BoundedCollection) super.createContextual(context, property);
        Size size = property == null ? null : property.getAnnotation(Size.class);
        return size == null || size.max() == contextual.max ? contextual : new BoundedCollection(contextual._delegatee, size.max());
    }

    @Override
    public Object deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        if (max == Integer.MAX_VALUE || !parser.isExpectedStartArrayToken()) {
            return super.deserialize(parser, context);
        }
        try {
            return _delegatee.deserialize(new Counting(parser, max), context);
        } catch (TooMany tooMany) {
            // thrown again from here so that the problem names the list, not the item it stopped at
            throw new InvalidValue(parser, tooMany.reason());
        }
    }

    private static final class TooMany extends InvalidValue {
        TooMany(JsonParser parser, int max) {
            super(parser, tooMany(max));
        }
    }

    /** Passes the parser's tokens through, failing on the first token of the item past the limit. */
    private static final class Counting extends JsonParserDelegate {

        private final JsonStreamContext list;
        private final int max;

        Counting(JsonParser parser, int max) {
            super(parser);
            this.list = parser.getParsingContext();
            this.max = max;
        }

        @Override
        public JsonToken nextToken() throws IOException {
            return counted(super.nextToken());
        }

        @Override
        public JsonToken nextValue() throws IOException {
            return counted(super.nextValue());
        }

        private JsonToken counted(JsonToken token) throws IOException {
            if (token == null || token == JsonToken.END_ARRAY) {
                return token;
            }
            JsonStreamContext current = delegate.getParsingContext();
            JsonStreamContext item = token.isStructStart() ? current.getParent() : current;
            if (item == list && list.getCurrentIndex() >= max) {
                throw new TooMany(this, max);
            }
            return token;
        }
    }
}
