package dev.verbatim.api;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

/**
 * How JSON is read: a date-time keeps the offset it was written with ({@code +02:00} stays
 * {@code +02:00}) rather than being moved to UTC, since the offset tells the issuer's local time.
 * And strictly: a field the contract does not name, a value of another JSON type than its field's
 * ({@code "title": 12345}, {@code "n": "3"}), a key given twice or anything after the value is an
 * error, never silently stored as something else.
 */
@Singleton
public class JsonSettings implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper json) {
        json.disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE);
        json.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, DeserializationFeature.FAIL_ON_TRAILING_TOKENS,
                DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
        json.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        json.disable(MapperFeature.ALLOW_COERCION_OF_SCALARS);
        json.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        for (CoercionInputShape scalar : new CoercionInputShape[] { CoercionInputShape.Integer, CoercionInputShape.Float,
                CoercionInputShape.Boolean }) {
            json.coercionConfigFor(LogicalType.Textual).setCoercion(scalar, CoercionAction.Fail);
        }
        json.coercionConfigDefaults().setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
    }
}
