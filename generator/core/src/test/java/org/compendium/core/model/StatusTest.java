package org.compendium.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StatusTest {
    private static final LocalDate ISSUED = LocalDate.of(2020, 3, 1);

    private static Policy policy(String id, LocalDate effective, LocalDate expires, LocalDate repealed, String by) {
        PolicyMeta meta = new PolicyMeta(id, "示例" + id, Optional.empty(), List.of("示例市科学技术局"), ISSUED, effective,
                Optional.ofNullable(expires), Optional.ofNullable(repealed), Optional.ofNullable(by), Optional.empty(),
                List.of());
        return new Policy(meta, "policies/" + id + ".md", new Body("", List.of(), List.of()));
    }

    private static Compendium compendium(Policy... policies) {
        SiteConfig config = new SiteConfig("t", "p", "https://example.org/", "zh-CN", Optional.empty());
        return new Compendium(config, List.of(policies), List.of(), List.of(), List.of(), List.of(), Set.of(),
                Path.of("content"), LocalDate.of(2024, 1, 1), Instant.EPOCH);
    }

    @Test
    void notYetEffectiveBeforeTheEffectiveDayAndInForceFromIt() {
        Policy p = policy("a", LocalDate.of(2020, 4, 1), null, null, null);
        Compendium c = compendium(p);
        assertEquals(Status.NOT_YET_EFFECTIVE, c.status(p, LocalDate.of(2020, 3, 31)));
        assertEquals(Status.IN_FORCE, c.status(p, LocalDate.of(2020, 4, 1)));
    }

    @Test
    void repealedFromTheRepealDayOn() {
        Policy p = policy("a", ISSUED, null, LocalDate.of(2022, 6, 30), null);
        Compendium c = compendium(p);
        assertEquals(Status.IN_FORCE, c.status(p, LocalDate.of(2022, 6, 29)));
        assertEquals(Status.REPEALED, c.status(p, LocalDate.of(2022, 6, 30)));
    }

    @Test
    void expiresIsTheLastDayInForce() {
        Policy p = policy("a", ISSUED, LocalDate.of(2022, 12, 31), null, null);
        Compendium c = compendium(p);
        assertEquals(Status.IN_FORCE, c.status(p, LocalDate.of(2022, 12, 31)));
        assertEquals(Status.EXPIRED, c.status(p, LocalDate.of(2023, 1, 1)));
    }

    @Test
    void amendedOnceTheSuccessorIsEffective() {
        Policy old = policy("old", ISSUED, null, null, "new");
        Policy successor = policy("new", LocalDate.of(2023, 7, 1), null, null, null);
        Compendium c = compendium(old, successor);
        assertEquals(Status.IN_FORCE, c.status(old, LocalDate.of(2023, 6, 30)));
        assertEquals(Status.AMENDED, c.status(old, LocalDate.of(2023, 7, 1)));
    }

    @Test
    void repealWinsOverExpiryAndAmendment() {
        Policy old = policy("old", ISSUED, LocalDate.of(2021, 1, 1), LocalDate.of(2021, 6, 1), "new");
        Policy successor = policy("new", ISSUED, null, null, null);
        assertEquals(Status.REPEALED, compendium(old, successor).status(old, LocalDate.of(2022, 1, 1)));
    }

    @Test
    void statusHasChineseLabelsAndSchemaOrgForce() {
        assertEquals("现行有效", Status.IN_FORCE.label());
        assertEquals("已废止", Status.REPEALED.label());
        assertEquals("https://schema.org/InForce", Status.IN_FORCE.legalForce());
        assertEquals("https://schema.org/NotInForce", Status.EXPIRED.legalForce());
    }
}
