package io.perfeval.sheets;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.perfeval.core.rule.Quantity;
import io.perfeval.core.sheet.TraceEntry;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Every kind of trace entry has a wording in the report's register when it carries no fact (an entry made from text):
 * one entry of each kind permitted by the sealed {@link TraceEntry}, so that a new kind fails here until
 * {@link ReportSentence#entry} words it. (A new kind of fact fails to compile instead: {@code TraceFact.Visitor}.)
 */
class ReportSentenceTest {

    private static final Map<Class<?>, TraceEntry> ONE_OF_EACH = new LinkedHashMap<>();

    static {
        ONE_OF_EACH.put(TraceEntry.Computed.class, new TraceEntry.Computed("收入预算完成率", "收入预算完成数 / 收入预算数 × 100%",
                "900 / 1000 × 100%", Quantity.percent("90.00")));
        ONE_OF_EACH.put(TraceEntry.Tested.class, new TraceEntry.Tested("收入预算完成率 90.00% ≥ 85%", true));
        ONE_OF_EACH.put(TraceEntry.Deducted.class, new TraceEntry.Deducted("不符合项", "1项", new BigDecimal("0.5"),
                new BigDecimal("0.5")));
        ONE_OF_EACH.put(TraceEntry.Decided.class, new TraceEntry.Decided("无扣分，得满分", new BigDecimal("2")));
        ONE_OF_EACH.put(TraceEntry.Note.class, new TraceEntry.Note("扣分超过分值，按 0 分计。"));
    }

    @Test
    void everyKindOfEntryHasAWordingOfItsOwn() {
        Set<Class<?>> kinds = Arrays.stream(TraceEntry.class.getPermittedSubclasses()).collect(Collectors.toSet());
        assertEquals(kinds, ONE_OF_EACH.keySet(), "one sample of each TraceEntry kind: word a new kind in "
                + "ReportSentence.entry and add its sample here");
        List<String> worded = ONE_OF_EACH.values().stream().map(ReportSentence::entry).toList();
        assertEquals(List.of("收入预算完成率为90.00%", "收入预算完成率 90.00% ≥ 85%", "不符合项1项，扣0.5分", "无扣分",
                "扣分超过分值，按 0 分计"), worded);
        ONE_OF_EACH.values().forEach(e -> assertEquals(java.util.Optional.empty(), e.fact(),
                "an entry made from text has no fact"));
    }

    @Test
    void aConditionThatDidNotHoldIsNotSaid() {
        assertEquals("", ReportSentence.entry(new TraceEntry.Tested("结转结余率 35.56% ≤ 5%", false)));
    }

    @Test
    void aDecisionLosesOnlyItsFinalDe() {
        assertEquals("", ReportSentence.entry(new TraceEntry.Decided("得满分", new BigDecimal("2"))));
        assertEquals("按时间要求", ReportSentence.entry(new TraceEntry.Decided("按时间要求，得", new BigDecimal("2"))));
        assertEquals("账表不一致", ReportSentence.entry(new TraceEntry.Decided("账表不一致，不得分", BigDecimal.ZERO)));
        assertEquals("不得", ReportSentence.entry(new TraceEntry.Decided("不得", BigDecimal.ZERO)));
        // a fixed score's decision is a bare 「得分」 (the points follow in 「得 N 分」): nothing of its own to say
        assertEquals("", ReportSentence.entry(new TraceEntry.Decided("得分", new BigDecimal("5"))));
    }
}
