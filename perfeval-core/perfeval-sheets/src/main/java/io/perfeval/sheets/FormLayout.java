package io.perfeval.sheets;

import io.perfeval.core.rule.Decimals;
import io.perfeval.core.sheet.AuditFinding;
import io.perfeval.core.sheet.IndicatorResult;
import io.perfeval.core.sheet.ScoreSheet;
import io.perfeval.core.sheet.SheetText;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The official form as rows of cells with their spans, in reading order like an HTML table: the one layout that
 * {@link FormXlsx} places on a worksheet grid and {@link FormHtml} writes as tables, so that the workbook and the page
 * cannot disagree. A page has a title, a note line (填报单位 on the left, 单位 on the right), a lead block above the
 * table, the header rows (repeated on every printed page) and the body rows.
 */
final class FormLayout {

    /** How a cell looks; every style but {@link #TITLE} and {@link #NOTE} is bordered. */
    enum Style {
        TITLE, NOTE, LABEL, HEADER, GROUP, TEXT, NUMBER, CENTER, MARK_OK, MARK_BAD, FILL
    }

    /**
     * One cell: its text (what the page shows), its number when it is a numeric cell of the workbook, and how many
     * rows and columns it spans.
     */
    record Cell(String text, Optional<BigDecimal> number, int rows, int cols, Style style) {
        static Cell of(String text, Style style) {
            return new Cell(text, Optional.empty(), 1, 1, style);
        }

        static Cell span(String text, int rows, int cols, Style style) {
            return new Cell(text, Optional.empty(), rows, cols, style);
        }

        /** A number, shown without trailing zeros; an absent one is an empty cell to fill by hand. */
        static Cell number(Optional<BigDecimal> value) {
            return value.map(v -> new Cell(Decimals.trim(v), Optional.of(plain(v)), 1, 1, Style.NUMBER))
                    .orElse(of("", Style.FILL));
        }

        Cell spanning(int r, int c) {
            return new Cell(text, number, r, c, style);
        }
    }

    /** One worksheet, or one printed section of the page. */
    record Page(String name, String title, String left, String right, List<Integer> widths, List<List<Cell>> lead,
                List<List<Cell>> head, List<List<Cell>> body) {
    }

    record Form(String title, String entity, Page form, Page projects) {
    }

    static final String[] HEADERS = {"一级指标", "二级指标", "三级指标", "指标内容", "评价标准", "分值", "自评得分", "得分",
        "复核"};
    /** Column widths in characters of the workbook's default font; the page uses their proportions. */
    private static final List<Integer> WIDTHS = List.of(11, 13, 16, 40, 41, 9, 8, 7, 6);
    private static final String[] PROJECT_HEADERS = {"序号", "项目名称", "预算数（调整后）", "执行数", "结余交回财政数",
        "自评得分", "分项项目绩效目标", "分项项目绩效目标完成情况"};
    private static final List<Integer> PROJECT_WIDTHS = List.of(6, 30, 12, 12, 12, 9, 50, 50);
    static final String UNIT = "单位：万元";

    private FormLayout() {
    }

    static Form of(ScoreSheet sheet, OfficialForm.Details details) {
        String title = SheetText.title(sheet);
        String entity = "填报单位：" + SheetText.oneLine(sheet.entity());
        Page form = new Page(OfficialForm.FORM_SHEET, title, entity, UNIT, WIDTHS, lead(details), List.of(header()),
                body(sheet, details));
        return new Form(title, sheet.entity(), form, projects(details, entity));
    }

    private static List<Cell> header() {
        List<Cell> row = new ArrayList<>();
        for (String h : HEADERS) {
            row.add(Cell.of(h, Style.HEADER));
        }
        return row;
    }

    /** 一、预算执行情况: four rows beside a label merged over them, then the heading of part 二. */
    private static List<List<Cell>> lead(OfficialForm.Details d) {
        Map<String, BigDecimal> b = d.budget;
        List<List<Cell>> rows = new ArrayList<>();
        rows.add(List.of(Cell.span("一、预算执行情况", 4, 2, Style.LABEL), Cell.span("预算安排情况（调整后）", 1, 2, Style.HEADER),
                Cell.span("资金执行情况", 1, 2, Style.HEADER), Cell.span("预算执行率", 1, 3, Style.HEADER)));
        rows.add(List.of(Cell.of("预算数：", Style.LABEL), amount(b, OfficialForm.Details.PLANNED),
                Cell.of("执行数：", Style.LABEL), amount(b, OfficialForm.Details.EXECUTED),
                Cell.span(rate(b), 3, 3, rate(b).isEmpty() ? Style.FILL : Style.CENTER)));
        rows.add(List.of(Cell.of("其中：财政资金", Style.LABEL), amount(b, OfficialForm.Details.FISCAL_PLANNED),
                Cell.of("其中：财政资金", Style.LABEL), amount(b, OfficialForm.Details.FISCAL_EXECUTED)));
        rows.add(List.of(Cell.of("其他", Style.LABEL), amount(b, OfficialForm.Details.OTHER_PLANNED),
                Cell.of("其他", Style.LABEL), amount(b, OfficialForm.Details.OTHER_EXECUTED)));
        rows.add(List.of(Cell.span("二、工作整体完成情况", 1, HEADERS.length, Style.LABEL)));
        return rows;
    }

    private static Cell amount(Map<String, BigDecimal> budget, String key) {
        return Cell.number(Optional.ofNullable(budget.get(key)));
    }

    /** 执行数 / 预算数 × 100%, half up to two decimals; empty when either is not given or 预算数 is 0. */
    static String rate(Map<String, BigDecimal> budget) {
        BigDecimal planned = budget.get(OfficialForm.Details.PLANNED);
        BigDecimal executed = budget.get(OfficialForm.Details.EXECUTED);
        if (planned == null || executed == null || planned.signum() == 0) {
            return "";
        }
        BigDecimal percent = Decimals.divide(executed.multiply(BigDecimal.valueOf(100)), planned);
        return Decimals.round(percent, 2, RoundingMode.HALF_UP).toPlainString() + "%";
    }

    /**
     * One row per 三级指标, its 一级 and 二级指标 merged over the rows of their leaves; then 合计, part 三 and 填报人.
     */
    private static List<List<Cell>> body(ScoreSheet sheet, OfficialForm.Details d) {
        Map<List<String>, IndicatorResult> groups = new HashMap<>();
        for (IndicatorResult r : sheet.flatten()) {
            groups.put(r.path(), r);
        }
        List<IndicatorResult> leaves = sheet.leaves();
        List<List<Cell>> rows = new ArrayList<>();
        for (int i = 0; i < leaves.size(); i++) {
            IndicatorResult leaf = leaves.get(i);
            List<Cell> row = new ArrayList<>();
            for (int level = 1; level <= 2; level++) {
                if (leaf.path().size() <= level) {
                    row.add(Cell.of("", Style.GROUP));
                } else if (i == 0 || !prefix(leaves.get(i - 1), level).equals(prefix(leaf, level))) {
                    IndicatorResult group = groups.get(prefix(leaf, level));
                    row.add(Cell.span(group.name() + "（" + Decimals.trim(group.maxScore()) + "）",
                            run(leaves, i, level), 1, Style.GROUP));
                }
            }
            row.addAll(leafCells(leaf, d));
            rows.add(row);
        }
        rows.add(total(sheet, d));
        rows.add(List.of(Cell.span("三、绩效目标执行出现的偏差和采取的措施", 1, 3, Style.LABEL),
                Cell.span(d.deviations, 1, HEADERS.length - 3, d.deviations.isEmpty() ? Style.FILL : Style.TEXT)));
        rows.add(List.of(Cell.of("填报人", Style.LABEL), Cell.span(d.filler, 1, 2, Style.FILL),
                Cell.of("联系电话", Style.LABEL), Cell.span(d.phone, 1, HEADERS.length - 4, Style.FILL)));
        return rows;
    }

    private static List<Cell> leafCells(IndicatorResult leaf, OfficialForm.Details d) {
        List<Cell> cells = new ArrayList<>();
        // an indicator deeper than 三级 names its path below the 二级指标
        List<String> path = leaf.path();
        cells.add(Cell.of(String.join("/", path.subList(Math.min(2, path.size() - 1), path.size())), Style.TEXT));
        cells.add(Cell.of(d.contents.getOrDefault(leaf.name(), ""), Style.TEXT));
        cells.add(Cell.of(leaf.criterion(), Style.TEXT));
        cells.add(Cell.number(Optional.of(leaf.maxScore())));
        cells.add(Cell.number(leaf.selfScore()));
        cells.add(leaf.score().map(s -> Cell.number(Optional.of(s))).orElse(Cell.of(leaf.status().chinese(),
                Style.CENTER)));
        cells.add(mark(leaf.selfScore(), leaf.score()));
        return cells;
    }

    private static List<Cell> total(ScoreSheet sheet, OfficialForm.Details d) {
        Optional<BigDecimal> selfTotal = d.selfTotal.or(() -> sheet.findings().stream()
                .filter(f -> f.path().isEmpty()).map(AuditFinding::selfScore).findFirst());
        return List.of(Cell.span("合计", 1, 5, Style.LABEL), Cell.number(Optional.of(sheet.maxTotal())),
                Cell.number(selfTotal), sheet.total().map(t -> Cell.number(Optional.of(t)))
                        .orElse(Cell.of("无法计算", Style.CENTER)), mark(selfTotal, sheet.total()));
    }

    /** ✓ where the self-score is what the rules give, ✗ where it is not; empty without a self-score. */
    private static Cell mark(Optional<BigDecimal> self, Optional<BigDecimal> computed) {
        if (self.isEmpty()) {
            return Cell.of("", Style.CENTER);
        }
        boolean agrees = computed.isPresent() && computed.get().compareTo(self.get()) == 0;
        return agrees ? Cell.of("✓", Style.MARK_OK) : Cell.of("✗", Style.MARK_BAD);
    }

    private static List<String> prefix(IndicatorResult leaf, int level) {
        return leaf.path().subList(0, Math.min(level, leaf.path().size()));
    }

    /** How many leaves from {@code from} on share the first {@code level} names of the path. */
    private static int run(List<IndicatorResult> leaves, int from, int level) {
        List<String> key = prefix(leaves.get(from), level);
        int n = 1;
        while (from + n < leaves.size() && leaves.get(from + n).path().size() > level
                && prefix(leaves.get(from + n), level).equals(key)) {
            n++;
        }
        return n;
    }

    private static Page projects(OfficialForm.Details d, String entity) {
        List<Cell> head = new ArrayList<>();
        for (String h : PROJECT_HEADERS) {
            String text = h.equals("执行数") ? d.year.map(y -> "执行数（至" + y + "年底）").orElse(h) : h;
            head.add(Cell.of(text, Style.HEADER));
        }
        List<List<Cell>> body = new ArrayList<>();
        for (OfficialForm.Project p : d.projects) {
            body.add(List.of(Cell.of(p.number(), Style.CENTER), Cell.of(p.name(), Style.TEXT), Cell.number(p.budget()),
                    Cell.number(p.executed()), Cell.number(p.returned()), Cell.number(p.selfScore()),
                    Cell.of(p.goal(), Style.TEXT), Cell.of(p.outcome(), Style.TEXT)));
        }
        return new Page(OfficialForm.PROJECT_SHEET, OfficialForm.PROJECT_SHEET, entity, UNIT, PROJECT_WIDTHS,
                List.of(), List.of(head), body);
    }

    /** Plain notation for a workbook's number (fastexcel writes toString(): 1E+2 must be 100). */
    private static BigDecimal plain(BigDecimal v) {
        BigDecimal s = v.signum() == 0 ? BigDecimal.ZERO : v.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }
}
