package com.trendythreads.opsdesk.api.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import okhttp3.RequestBody;
import okhttp3.ResponseBody;
import retrofit2.Converter;
import retrofit2.Retrofit;
import retrofit2.converter.jackson.JacksonConverterFactory;

/// Jackson for Retrofit with one mapper for what we send and another for what we read (see
/// `Json.requestMapper()`: request bodies leave nulls out so a patch never clears a field by
/// accident, responses are read leniently).
public final class SplitJacksonConverterFactory extends Converter.Factory {

    private final JacksonConverterFactory requests;
    private final JacksonConverterFactory responses;

    public SplitJacksonConverterFactory(ObjectMapper requestMapper, ObjectMapper responseMapper) {
        this.requests = JacksonConverterFactory.create(requestMapper);
        this.responses = JacksonConverterFactory.create(responseMapper);
    }

    @Override
    public Converter<?, RequestBody> requestBodyConverter(Type type, Annotation[] parameterAnnotations,
            Annotation[] methodAnnotations, Retrofit retrofit) {
        return requests.requestBodyConverter(type, parameterAnnotations, methodAnnotations, retrofit);
    }

    @Override
    public Converter<ResponseBody, ?> responseBodyConverter(Type type, Annotation[] annotations, Retrofit retrofit) {
        return responses.responseBodyConverter(type, annotations, retrofit);
    }
}
