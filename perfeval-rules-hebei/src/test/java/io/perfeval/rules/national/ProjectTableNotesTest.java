package io.perfeval.rules.national;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.perfeval.core.IndicatorTemplate;
import io.perfeval.core.RulePack;
import io.perfeval.rules.hebei.ShijiazhuangDepartmentPack;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The 填表说明 under a project table say what the template pack scores by, in the pack's own wording. */
class ProjectTableNotesTest {

    @Test
    void theNotesAreThePacksOwnCriteriaInTheOrderOfTheTable() {
        RulePack pack = NationalProjectPack.pack();
        IndicatorTemplate t = pack.template().orElseThrow();
        List<String> notes = ProjectTableNotes.of(pack);
        // the fixed indicator, the share, one note per kind, the rescaling
        assertEquals(pack.indicators().size() + 1 + t.kinds().size() + 1, notes.size(), notes.toString());
        assertTrue(notes.get(0).startsWith("预算执行率（10 分）："), notes.get(0));
        assertTrue(notes.get(1).startsWith("其余 90 分"), notes.get(1));
        for (IndicatorTemplate.Kind k : t.kinds()) {
            assertTrue(notes.stream().anyMatch(n -> n.startsWith(k.name() + "指标") && n.endsWith(k.criterion())),
                    k.name());
        }
        assertTrue(notes.contains("正向指标（年度指标值为 ≥、>、=）：完成指标值的，得满分；未完成的，按照实际完成值占指标值的比例计分。"),
                notes.toString());
        assertTrue(notes.get(notes.size() - 1).contains("按比例折算为 100 分制"), notes.toString());
        String text = ProjectTableNotes.render(pack);
        assertTrue(text.startsWith("\n填表说明（项目支出绩效自评表，规则包 " + NationalProjectPack.ID + "；依据："), text);
        assertTrue(text.contains("\n  6. "), text);
    }

    @Test
    void aDepartmentPackHasNoProjectNotes() {
        assertThrows(IllegalArgumentException.class, () -> ProjectTableNotes.of(ShijiazhuangDepartmentPack.pack()));
    }
}
