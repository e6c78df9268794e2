package org.compendium.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** An edited map reads as a copy with the replacements put in, and leaves the map it edits alone. */
class OverlayMapTest {

    @Test
    void readsAsACopyWithTheReplacementsIn() {
        Map<String, Integer> base = Map.of("a", 1, "b", 2, "c", 3);
        Map<String, Integer> edited = OverlayMap.of(base, Map.of("b", 20, "d", 4));
        Map<String, Integer> expected = Map.of("a", 1, "b", 20, "c", 3, "d", 4);
        assertEquals(expected, edited);
        assertEquals(expected, Map.copyOf(edited));
        assertEquals(4, edited.size());
        assertEquals(20, edited.get("b"));
        assertTrue(edited.containsKey("d"));
        assertNull(edited.get("e"));
        assertFalse(edited.containsKey("e"));
        assertEquals(Map.of("a", 1, "b", 2, "c", 3), base);
    }

    @Test
    void editingAgainKeepsEarlierVersionsAsTheyWere() {
        Map<String, Integer> base = Map.of("a", 1, "b", 2);
        Map<String, Integer> first = OverlayMap.of(base, Map.of("a", 10));
        Map<String, Integer> second = OverlayMap.of(first, Map.of("b", 20));
        assertEquals(Map.of("a", 10, "b", 2), first);
        assertEquals(Map.of("a", 10, "b", 20), second);
        assertSame(second, OverlayMap.of(second, Map.of()));
    }

    @Test
    void manyEditsAreFoldedIntoACopy() {
        Map<Integer, Integer> map = Map.of(0, 0);
        Map<Integer, Integer> expected = new HashMap<>(map);
        for (int i = 1; i <= 1000; i++) {
            map = OverlayMap.of(map, Map.of(i % 300, i));
            expected.put(i % 300, i);
        }
        assertEquals(expected, map);
        Map<Integer, Integer> last = map;
        IntStream.range(0, 300).forEach(k -> assertEquals(expected.get(k), last.get(k)));
    }
}
