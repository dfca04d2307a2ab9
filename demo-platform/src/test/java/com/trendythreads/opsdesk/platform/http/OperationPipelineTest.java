package com.trendythreads.opsdesk.platform.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.trendythreads.opsdesk.platform.auth.Role;
import org.junit.jupiter.api.Test;

class OperationPipelineTest {

    @Test
    void adminApiIsLoopbackOnly() {
        assertThat(OperationPipeline.isLoopback("127.0.0.1")).isTrue();
        assertThat(OperationPipeline.isLoopback("::1")).isTrue();
        assertThat(OperationPipeline.isLoopback("0:0:0:0:0:0:0:1")).isTrue();
        assertThat(OperationPipeline.isLoopback("192.168.1.20")).isFalse();
        assertThat(OperationPipeline.isLoopback(null)).isFalse();
    }

    @Test
    void specReadsRolesSecurityAndQueryParamsWithRefs() throws Exception {
        ContractSpec spec = ContractSpec.load("test-openapi.yaml");
        Operation list = spec.operation("listWidgets").orElseThrow();
        assertThat(list.roles()).containsExactlyInAnyOrder(Role.MERCHANDISER, Role.MANAGER, Role.ADMIN);
        assertThat(list.isPublic()).isFalse();
        assertThat(list.queryParams()).extracting(Operation.QueryParam::name).containsExactly("cursor", "limit", "status");
        assertThat(list.queryParams().get(2).enumValues()).containsExactly("active", "archived");
        assertThat(list.queryParams().get(1).maximum()).isEqualTo(500);
        assertThat(spec.operation("issueToken").orElseThrow().isPublic()).isTrue();
        assertThat(spec.operation("getMe").orElseThrow().roles()).isEmpty();
        // Literal paths route before templated ones.
        assertThat(spec.operations().indexOf(list)).isLessThan(spec.operations().indexOf(spec.operation("getWidget").orElseThrow()));
    }

    @Test
    void unknownRoleInXRolesFailsLoudly() throws Exception {
        var yaml = """
                openapi: 3.0.3
                paths:
                  /v1/x:
                    get: {operationId: getX, x-roles: [MERCHANDISR]}
                """;
        var root = new ObjectMapper(new YAMLFactory()).readTree(yaml);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ContractSpec.parse(root)).hasMessageContaining("MERCHANDISR");
    }
}
