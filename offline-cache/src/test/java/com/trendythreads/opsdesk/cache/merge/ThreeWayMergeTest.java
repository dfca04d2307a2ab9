package com.trendythreads.opsdesk.cache.merge;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ThreeWayMergeTest {

    private static final ObjectMapper M = new ObjectMapper();

    private static JsonNode json(String s) {
        try {
            return M.readTree(s.replace('\'', '"'));
        } catch (Exception e) {
            throw new IllegalArgumentException(s, e);
        }
    }

    private static final JsonNode BASE = json("{'id':'p1','version':3,'title':'Linen shirt','priceCents':4990,"
            + "'brand':'Nordic','attributes':{'material':'linen','fit':'regular'},'tags':['summer']}");

    @Test
    void fieldsChangedOnOneSideEachMergeByThemselves() {
        JsonNode theirs = json("{'id':'p1','version':4,'title':'Linen shirt','priceCents':3990,'brand':'Nordic',"
                + "'attributes':{'material':'linen','fit':'regular'},'tags':['summer']}");
        ThreeWayMerge.Result r = ThreeWayMerge.merge(BASE, json("{'title':'Linen shirt, white'}"), theirs);

        assertThat(r.clean()).isTrue();
        assertThat(r.autoPatch()).isEqualTo(json("{'title':'Linen shirt, white'}"));
        // Applied on theirs: my title and their price.
        assertThat(MergePatch.apply(theirs, r.autoPatch()).path("priceCents").asInt()).isEqualTo(3990);
        assertThat(MergePatch.apply(theirs, r.autoPatch()).path("title").asText()).isEqualTo("Linen shirt, white");
    }

    @Test
    void theSameFieldChangedDifferentlyIsAConflictWithAllThreeValues() {
        JsonNode theirs = json("{'id':'p1','version':4,'title':'Linen shirt','priceCents':3990}");
        ThreeWayMerge.Result r = ThreeWayMerge.merge(BASE, json("{'priceCents':4490,'title':'Shirt'}"), theirs);

        assertThat(r.conflicts()).singleElement().satisfies(c -> {
            assertThat(c.path()).isEqualTo("priceCents");
            assertThat(c.base().asInt()).isEqualTo(4990);
            assertThat(c.mine().asInt()).isEqualTo(4490);
            assertThat(c.theirs().asInt()).isEqualTo(3990);
        });
        assertThat(r.autoPatch()).isEqualTo(json("{'title':'Shirt'}"));
        assertThat(r.resolve(Set.of("priceCents"))).isEqualTo(json("{'title':'Shirt','priceCents':4490}"));
        assertThat(r.resolve(Set.of())).isEqualTo(json("{'title':'Shirt'}"));
    }

    @Test
    void bothSidesMakingTheSameChangeLeavesNothingToSend() {
        JsonNode theirs = json("{'id':'p1','version':4,'priceCents':3990}");
        ThreeWayMerge.Result r = ThreeWayMerge.merge(BASE, json("{'priceCents':3990}"), theirs);
        assertThat(r.clean()).isTrue();
        assertThat(r.autoPatch().isEmpty()).isTrue();
    }

    @Test
    void nestedObjectsMergeMemberByMember() {
        JsonNode theirs = json("{'id':'p1','version':4,'attributes':{'material':'linen','fit':'slim'}}");
        ThreeWayMerge.Result r = ThreeWayMerge.merge(BASE, json("{'attributes':{'material':'cotton'}}"), theirs);
        assertThat(r.clean()).isTrue();
        assertThat(r.autoPatch()).isEqualTo(json("{'attributes':{'material':'cotton'}}"));

        ThreeWayMerge.Result clash = ThreeWayMerge.merge(BASE, json("{'attributes':{'fit':'loose'}}"), theirs);
        assertThat(clash.conflicts()).extracting(FieldConflict::path).containsExactly("attributes.fit");
        assertThat(clash.resolve(Set.of("attributes.fit"))).isEqualTo(json("{'attributes':{'fit':'loose'}}"));
    }

    @Test
    void arraysAreOneField() {
        JsonNode theirs = json("{'id':'p1','version':4,'tags':['summer','sale']}");
        ThreeWayMerge.Result r = ThreeWayMerge.merge(BASE, json("{'tags':['summer','new']}"), theirs);
        assertThat(r.conflicts()).extracting(FieldConflict::path).containsExactly("tags");
    }

    @Test
    void removingAFieldTheyDidNotTouchMerges() {
        JsonNode theirs = json("{'id':'p1','version':4,'brand':'Nordic','title':'Other'}");
        ThreeWayMerge.Result r = ThreeWayMerge.merge(BASE, json("{'brand':null}"), theirs);
        assertThat(r.clean()).isTrue();
        assertThat(r.autoPatch().get("brand").isNull()).isTrue();
    }

    @Test
    void mergePatchFollowsRfc7386() {
        JsonNode target = json("{'a':'b','c':{'d':'e','f':'g'}}");
        assertThat(MergePatch.apply(target, json("{'a':'z','c':{'f':null}}")))
                .isEqualTo(json("{'a':'z','c':{'d':'e'}}"));
        assertThat(MergePatch.apply(json("{'a':[1,2]}"), json("{'a':[3]}"))).isEqualTo(json("{'a':[3]}"));
        assertThat(target).isEqualTo(json("{'a':'b','c':{'d':'e','f':'g'}}")); // not modified
    }
}
