package com.trendythreads.opsdesk.platform.store;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonSerializable;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.jsontype.TypeSerializer;
import java.io.IOException;

/// A document as its [DocTable] stores it, written into an answer as it is.
///
/// The stored text is the record serialised by the server's mapper, and reading it back and serialising
/// it again gives the same text; a list page of thousands of documents skipped both steps for nothing but
/// CPU (a fifth of the platform's share of an initial sync). Only for readers who see the whole document:
/// anything masked per caller goes through the record.
///
/// @param json the stored `doc` column
public record StoredDoc(String json) implements JsonSerializable {

    @Override
    public void serialize(JsonGenerator gen, SerializerProvider serializers) throws IOException {
        gen.writeRawValue(json);
    }

    @Override
    public void serializeWithType(JsonGenerator gen, SerializerProvider serializers, TypeSerializer typeSer)
            throws IOException {
        serialize(gen, serializers);
    }
}
