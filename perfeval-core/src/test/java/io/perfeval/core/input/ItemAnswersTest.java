package io.perfeval.core.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** A checklist's answers read by item number behave as the sorted, unmodifiable map they replace. */
class ItemAnswersTest {

    @Test
    void itemsOneToNAreReadByNumberAndIterateInOrder() {
        Map<Integer, Boolean> given = new HashMap<>(Map.of(3, false, 1, true, 2, true));
        Map<Integer, Boolean> answers = new Value.Checklist(given).answers();
        assertInstanceOf(ItemAnswers.class, answers);
        assertEquals(new TreeMap<>(given), answers);
        assertEquals(answers, new TreeMap<>(given));
        assertEquals(new TreeMap<>(given).hashCode(), answers.hashCode());
        assertEquals(List.of(1, 2, 3), List.copyOf(answers.keySet()));
        assertEquals(List.of(true, true, false), List.copyOf(answers.values()));
        assertEquals("{1=true, 2=true, 3=false}", answers.toString());
        assertTrue(answers.containsKey(3));
        assertFalse(answers.containsKey(0));
        assertFalse(answers.containsKey(4));
        assertFalse(answers.containsKey("1"));
        assertNull(answers.get(4));
        assertEquals(false, answers.get(3));
    }

    @Test
    void otherNumberingKeepsASortedCopy() {
        Map<Integer, Boolean> answers = new Value.Checklist(Map.of(5, true, 2, false)).answers();
        assertEquals(List.of(2, 5), List.copyOf(answers.keySet()));
        assertEquals(Map.of(2, false, 5, true), answers);
        assertFalse(answers instanceof ItemAnswers);
    }

    @Test
    void answersCannotBeChanged() {
        Map<Integer, Boolean> answers = Value.Checklist.allMetExcept(3, 2).answers();
        assertThrows(UnsupportedOperationException.class, () -> answers.put(1, false));
        assertThrows(UnsupportedOperationException.class, () -> answers.remove(1));
        assertThrows(UnsupportedOperationException.class, () -> answers.entrySet().iterator().next().setValue(false));
        assertThrows(UnsupportedOperationException.class, answers::clear);
        assertThrows(UnsupportedOperationException.class, () -> answers.values().remove(true));
        assertThrows(UnsupportedOperationException.class, () -> {
            var it = answers.values().iterator();
            it.next();
            it.remove();
        });
        assertEquals(Map.of(1, true, 2, false, 3, true), answers);
    }

    @Test
    void emptyChecklist() {
        Map<Integer, Boolean> answers = new Value.Checklist(Map.of()).answers();
        assertTrue(answers.isEmpty());
        assertEquals(Map.of(), answers);
    }
}
