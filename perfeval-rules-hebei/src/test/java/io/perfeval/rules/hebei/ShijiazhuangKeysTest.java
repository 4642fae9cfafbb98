package io.perfeval.rules.hebei;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.perfeval.core.DataField;
import io.perfeval.core.DataType;
import io.perfeval.core.RulePack;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The builder's key constants against the pack's declarations, both ways: every datum of the Shijiazhuang pack that
 * the form writes under a keyed section (是否事项, 产出数量, 检查清单 — those without a fixed place in
 * {@link DatumSources#FORM}) has its constant in the enum of its kind, and every constant names such a datum.
 */
class ShijiazhuangKeysTest {

    private static final RulePack PACK = ShijiazhuangDepartmentPack.pack();

    /** The names of the pack's data of {@code types} that the form does not place in a fixed section. */
    private static Set<String> keyed(DataType... types) {
        Set<DataType> wanted = Set.of(types);
        return PACK.fields().stream().filter(f -> wanted.contains(f.type()) && !DatumSources.FORM.containsKey(f.name()))
                .map(DataField::name).collect(Collectors.toCollection(TreeSet::new));
    }

    private static <E extends Enum<E>> Set<String> keys(Class<E> type, Function<E, String> key) {
        return Arrays.stream(type.getEnumConstants()).map(key).collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void everyKeyedDatumOfThePackHasAConstantAndEveryConstantNamesOne() {
        assertEquals(keyed(DataType.YES_NO), keys(ShijiazhuangKeys.YesNo.class, ShijiazhuangKeys.YesNo::key));
        assertEquals(keyed(DataType.COUNT, DataType.QUANTITY),
                keys(ShijiazhuangKeys.Output.class, ShijiazhuangKeys.Output::key));
        assertEquals(keyed(DataType.CHECKLIST),
                keys(ShijiazhuangKeys.Checklist.class, ShijiazhuangKeys.Checklist::key));
        // the form places every other datum in a fixed section: nothing of the pack is left without a key
        Set<String> placed = new TreeSet<>(DatumSources.FORM.keySet());
        placed.addAll(keyed(DataType.YES_NO, DataType.COUNT, DataType.QUANTITY, DataType.CHECKLIST));
        assertEquals(PACK.fields().stream().map(DataField::name).collect(Collectors.toCollection(TreeSet::new)),
                placed);
        assertFalse(keyed(DataType.CHECKLIST).isEmpty());
    }

    @Test
    void theConstantsFillTheSameInputAsTheNames() {
        DepartmentInput.Builder byName = DepartmentInput.builder("单位", 2021);
        DepartmentInput.Builder byKey = DepartmentInput.builder("单位", 2021);
        for (ShijiazhuangKeys.YesNo k : ShijiazhuangKeys.YesNo.values()) {
            byName.yes(k.key(), true);
            byKey.yes(k, true);
        }
        for (ShijiazhuangKeys.Output k : ShijiazhuangKeys.Output.values()) {
            byName.output(k.key(), BigDecimal.TEN);
            byKey.output(k, BigDecimal.TEN);
        }
        for (ShijiazhuangKeys.Checklist k : ShijiazhuangKeys.Checklist.values()) {
            byName.checklist(k.key(), true, false);
            byKey.checklist(k, true, false);
        }
        assertEquals(byName.build(), byKey.build());
        assertEquals(keyed(DataType.YES_NO), new TreeSet<>(byKey.build().yesNo().keySet()));
    }
}
