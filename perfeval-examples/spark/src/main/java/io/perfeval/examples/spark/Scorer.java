package io.perfeval.examples.spark;

import io.perfeval.core.EvaluationOptions;
import io.perfeval.core.GradeBand;
import io.perfeval.core.RulePack;
import io.perfeval.core.diag.InvalidInputException;
import io.perfeval.core.diag.Problem;
import io.perfeval.core.input.EvaluationInput;
import io.perfeval.core.sheet.AuditFinding;
import io.perfeval.core.sheet.EvaluationRecord;
import io.perfeval.core.sheet.IndicatorResult;
import io.perfeval.core.sheet.ScoreSheet;
import io.perfeval.rules.hebei.DepartmentInputJson;
import io.perfeval.rules.national.ProjectInputJson;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;

/**
 * Scores one {@link Source} into one output row ({@link OutputSchema#SCHEMA}): a department document
 * ({@code DepartmentInputJson}) with a pack, a project document ({@code ProjectInputJson}, bound per row) with a
 * template pack ({@code RulePack.template()} present). Never throws for a bad row: a row that
 * cannot be read, an input the pack rejects and a pack the executor could not compile all become a REJECTED row with
 * their problems.
 */
final class Scorer {

    private Scorer() {
    }

    static Row score(PackSpec spec, Source source) {
        String documentHash = source.document() == null ? null : PackSpec.sha256(source.document());
        if (!source.problems().isEmpty()) {
            return rejected(spec, null, source, documentHash, source.problems());
        }
        if (source.document() == null) {
            return rejected(spec, null, source, null, List.of(SparkProblems.error("S010", "input", source.shown())));
        }
        ExecutorPacks.Compiled compiled = ExecutorPacks.get(spec);
        if (compiled instanceof ExecutorPacks.Broken broken) {
            return rejected(spec, null, source, documentHash, broken.problems());
        }
        RulePack pack = ((ExecutorPacks.Ready) compiled).pack();
        if (spec.packHash() != null && !spec.packHash().equals(pack.contentHash())) {
            return rejected(spec, pack, source, documentHash, List.of(SparkProblems.error("S006", "", spec.shown(),
                    pack.contentHash(), spec.packHash())));
        }
        try {
            ScoreSheet sheet;
            if (pack.template().isPresent()) {
                // a template (项目支出绩效自评表): each project declares its own indicators, so the compiled template
                // is bound to them here, per row; the row names the template, its id and hash, as the pack it scored with
                ProjectInputJson.Bound bound = ProjectInputJson.readFor(source.document(), source.shown(), pack);
                sheet = bound.pack().evaluate(bound.input(), EvaluationOptions.withoutTrace());
            } else {
                EvaluationInput input = DepartmentInputJson.readFor(source.document(), source.shown(), pack);
                sheet = pack.evaluate(input, EvaluationOptions.withoutTrace());
            }
            return scored(pack, source, documentHash, sheet);
        } catch (InvalidInputException e) {
            return rejected(spec, pack, source, documentHash, e.problems());
        } catch (RuntimeException e) {
            // a defect, not bad data: the row says so, and the province's other departments are still scored
            return rejected(spec, pack, source, documentHash, List.of(SparkProblems.error("S011", "",
                    source.shown(), e.toString())));
        }
    }

    private static Row scored(RulePack pack, Source source, String documentHash, ScoreSheet sheet) {
        List<Row> indicators = new ArrayList<>();
        for (IndicatorResult r : sheet.flatten()) {
            indicators.add(RowFactory.create(r.path().toArray(String[]::new), r.name(), r.level(), r.isLeaf(),
                    r.maxScore(), r.score().orElse(null), r.selfScore().orElse(null), r.status().name()));
        }
        List<Row> findings = new ArrayList<>();
        for (AuditFinding f : sheet.findings()) {
            findings.add(RowFactory.create(f.path().toArray(String[]::new), f.name(), f.maxScore(), f.selfScore(),
                    f.computed().orElse(null), f.difference().orElse(null), f.render()));
        }
        OutputSchema.Outcome outcome = sheet.total().isPresent() ? OutputSchema.Outcome.SCORED
                : OutputSchema.Outcome.INCOMPLETE;
        String inputHash = sheet.record().map(EvaluationRecord::inputHash).orElse(null);
        return row(source, pack.info().id(), pack.info().version(), pack.contentHash(), documentHash, inputHash,
                outcome, sheet.maxTotal(), sheet.total().orElse(null), sheet.grade().map(GradeBand::name).orElse(null),
                indicators, findings, sheet.problems());
    }

    private static Row rejected(PackSpec spec, RulePack pack, Source source, String documentHash,
                                List<Problem> problems) {
        return row(source, pack == null ? spec.shown() : pack.info().id(), pack == null ? null : pack.info().version(),
                pack == null ? spec.packHash() : pack.contentHash(), documentHash, null,
                OutputSchema.Outcome.REJECTED, pack == null ? null : pack.totalScore(), null, null, List.of(), List.of(),
                problems);
    }

    private static Row row(Source source, String packId, String packVersion, String packHash, String documentHash,
                           String inputHash, OutputSchema.Outcome outcome, BigDecimal maxTotal, BigDecimal total,
                           String grade, List<Row> indicators, List<Row> findings, List<Problem> problems) {
        Row[] problemRows = problems.stream().map(p -> RowFactory.create(p.code(), p.severity().name(), p.subject(),
                p.location().map(Object::toString).orElse(null), p.message(), p.englishMessage())).toArray(Row[]::new);
        return RowFactory.create(source.region(), source.year(), source.department(), packId, packVersion, packHash,
                documentHash, inputHash, outcome.name(), maxTotal, total, grade, indicators.toArray(Row[]::new),
                findings.toArray(Row[]::new), problemRows);
    }
}
