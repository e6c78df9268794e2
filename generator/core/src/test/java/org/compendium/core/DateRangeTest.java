package org.compendium.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.compendium.core.testing.ContentFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Dates outside 1900-01-01 … 2099-12-31 are positioned errors (issue 16, item 8): years of fewer than four
 * digits broke the site's year pages ({@code 0999-12-31}: NumberFormatException, {@code 0001-01-01}:
 * StringIndexOutOfBoundsException, both as "internal error").
 */
class DateRangeTest {
    @TempDir
    java.nio.file.Path tmp;

    private List<String> build(String issued) {
        ContentFolder content = ContentFolder.create(tmp).write("policies/2023/old.md", "---\nid: old\ntitle: 旧\n"
                + "issuer: 示例市科学技术局\nissued: " + issued + "\n---\n\n正文\n");
        return content.printed(new CompendiumBuilder().build(content.request().build())).stream()
                .filter(l -> l.contains("error")).toList();
    }

    @Test
    void yearsBeforeNineteenHundredOrAfter2099AreErrorsAtTheirValue() {
        for (String date : List.of("0999-12-31", "0001-01-01", "1899-12-31", "9999-12-31")) {
            assertEquals(List.of("content/policies/2023/old.md:5:9: error: date out of range [" + date + "] in issued;"
                    + " expected a date from 1900-01-01 to 2099-12-31"), build(date), date);
        }
        assertEquals(List.of(), build("1900-01-01"));
    }
}
