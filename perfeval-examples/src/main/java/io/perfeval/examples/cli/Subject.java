package io.perfeval.examples.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.perfeval.core.PackInfo;
import io.perfeval.core.RulePack;
import io.perfeval.core.diag.Suggestions;
import io.perfeval.core.diag.InvalidPackException;
import io.perfeval.core.diag.Problem;
import io.perfeval.core.input.EvaluationInput;
import io.perfeval.core.sheet.ScoreSheet;
import io.perfeval.rules.hebei.DepartmentEvaluation;
import io.perfeval.rules.hebei.DepartmentInput;
import io.perfeval.rules.hebei.DepartmentInputJson;
import io.perfeval.rules.national.NationalProjectPack;
import io.perfeval.rules.national.ProjectInputJson;
import io.perfeval.rules.national.ProjectTableNotes;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Option;

/**
 * The options that say what to score: {@code --pack ID|FILE} and {@code --input FILE.json}. Without {@code --input} the
 * bundled Gaoyi County 2021 case is used; without {@code --pack}, the registered pack the input names (its 规则包 key,
 * an id, never a file), else {@value #DEFAULT_PACK}.
 */
final class Subject {

    static final String DEFAULT_PACK = "hebei/shijiazhuang-2019/department";
    static final String BUNDLED_INPUT = "/io/perfeval/rules/hebei/examples/gaoyi-2021.json";

    @Option(names = "--pack", paramLabel = "ID|FILE",
            description = {"规则包标识或 .perfeval 规则包文件（默认：输入中的“规则包”，否则 " + DEFAULT_PACK + "）",
                    "pack id or .perfeval file (default: the input's 规则包, else " + DEFAULT_PACK + ")"})
    String pack;

    @Option(names = "--input", paramLabel = "FILE.json",
            description = {"自评数据（JSON：河北部门整体支出输入、项目支出绩效自评表，或任一规则包的“数据”文档；默认：内置高邑县 2021 年案例）",
                    "the self-evaluation data as JSON: a Hebei department input, a project self-evaluation table, or "
                            + "any pack's 数据 document (default: the bundled Gaoyi 2021 case)"})
    Path input;

    /**
     * The pack, the input and the sheet; throws PerfevalException (exit 2) for anything unusable. {@code department}
     * is the Hebei department input when that was the input's shape (the official form reads its budget and projects);
     * {@code projects} the department scored with the projects of its list that carry a 项目自评, or {@code null} when
     * none does; {@code notes} the 填表说明 of a project table's template ({@link ProjectTableNotes}), or {@code null}.
     */
    record Scored(RulePack pack, EvaluationInput input, ScoreSheet sheet, Optional<DepartmentInput> department,
                  DepartmentEvaluation projects, String notes) {
        Scored(RulePack pack, EvaluationInput input, ScoreSheet sheet) {
            this(pack, input, sheet, Optional.empty(), null, null);
        }
    }

    /** The project template a department's carried 项目自评 tables are scored with. */
    static final String PROJECT_TEMPLATE = NationalProjectPack.ID;

    Scored score(PerfevalCli.Environment env) {
        Json json = readInput();
        JsonNode root = PackInputJson.tree(json.text());
        if (ProjectInputJson.isProjectInput(root)) {
            // A project's 自评表: its own indicators are bound to the template of the pack before anything is scored.
            JsonNode id = root.get("规则包");
            RulePack template = chosenPack(env, id != null && id.isTextual() ? id.asText() : null, json.source());
            if (template.template().isEmpty()) {
                throw CliProblems.fail("X020", json.source(), template.info().id());
            }
            ProjectInputJson.Bound bound = ProjectInputJson.readFor(json.text(), json.source(), template);
            return new Scored(bound.pack(), bound.input(), bound.pack().evaluate(bound.input()), Optional.empty(),
                    null, ProjectTableNotes.render(template));
        }
        if (pack != null && pack(env, pack).template().isPresent()) {
            throw CliProblems.fail("X021", json.source(), pack);
        }
        if (PackInputJson.isPackInput(root)) {
            // Any pack's own data contract (what `schema` prints) under 数据: the route for packs without a typed model.
            PackInputJson.Read read = PackInputJson.read(root, json.source());
            RulePack rules = chosenPack(env, read.packId(), json.source());
            if (read.packId() != null && !read.packId().equals(rules.info().id())) {
                throw CliProblems.fail("X012", json.source(), read.packId(), rules.info().id());
            }
            return new Scored(rules, read.input(), rules.evaluate(read.input()));
        }
        if (root == null || !root.isObject()) {
            DepartmentInputJson.read(json.text(), json.source()); // not a JSON object: throws the reader's J001/J016
        }
        // the pack the document names is taken from its tree, not from read(): read() refuses what it checks (a share
        // over 100 %, J018) alone, where readFor reports it together with the pack's problems
        JsonNode id = root.get("规则包");
        RulePack rules = chosenPack(env, id != null && id.isTextual() ? id.asText() : null, json.source());
        if (carriesProjectTables(root)) {
            // lines of the 分项绩效项目清单 carry their own 自评表: every problem of the department and of each table
            // at once, each named by its JSON pointer; the department's sheet is the one it gets alone
            DepartmentEvaluation both = DepartmentEvaluation.readFor(json.text(), json.source(), rules,
                    env.registry().get(PROJECT_TEMPLATE));
            return new Scored(rules, DepartmentInputJson.readFor(json.text(), json.source(), rules), both.department(),
                    Optional.of(DepartmentInputJson.read(json.text(), json.source())), both, null);
        }
        // readFor also checks that the input was written for this pack and version, and the pack's own declarations,
        // naming each problem by its JSON path: an input for another pack is refused, never scored.
        EvaluationInput input = DepartmentInputJson.readFor(json.text(), json.source(), rules);
        // valid by now: the department record the official form reads its budget and project list from
        DepartmentInput in = DepartmentInputJson.read(json.text(), json.source());
        return new Scored(rules, input, rules.evaluate(input), Optional.of(in), null, null);
    }

    /** Whether a line of the document's 分项绩效项目清单 carries its own 项目自评 table. */
    private static boolean carriesProjectTables(JsonNode root) {
        JsonNode list = root.get("分项绩效项目清单");
        if (list == null || !list.isArray()) {
            return false;
        }
        for (JsonNode line : list) {
            if (line != null && line.isObject() && line.has("项目自评") && !line.get("项目自评").isNull()) {
                return true;
            }
        }
        return false;
    }

    /**
     * The pack named by {@code --pack} (an id or a file), else the registered pack whose id the input gives, else the
     * default. The input's 规则包 is only ever looked up among the registered packs: a document is data, and data never
     * chooses a file for the tool to read (an input naming {@code /etc/passwd} is an unknown pack id, not a file).
     */
    private RulePack chosenPack(PerfevalCli.Environment env, String inputPackId, String source) {
        if (pack != null) {
            return pack(env, pack);
        }
        if (inputPackId == null) {
            return env.registry().get(DEFAULT_PACK);
        }
        List<String> ids = env.registry().packs().stream().map(PackInfo::id).toList();
        return env.registry().find(inputPackId).orElseThrow(() -> CliProblems.fail("X013", source,
                CliProblems.shown(inputPackId), Suggestions.closest(inputPackId, ids), String.join(", ", ids)));
    }

    /** A JSON document and the name it is reported under. */
    private record Json(String text, String source) {
    }

    private Json readInput() {
        if (input == null) {
            try (InputStream bundled = Subject.class.getResourceAsStream(BUNDLED_INPUT)) {
                if (bundled == null) {
                    throw CliProblems.fail("X001", BUNDLED_INPUT);
                }
                return new Json(new String(bundled.readAllBytes(), StandardCharsets.UTF_8), "gaoyi-2021.json");
            } catch (IOException e) {
                throw CliProblems.fail("X002", BUNDLED_INPUT, e.getMessage());
            }
        }
        if (!Files.isRegularFile(input)) {
            throw CliProblems.fail("X001", input);
        }
        // bounded while reading (at most 2,000,000 characters, J022) and UTF-8 checked with its place (J021)
        try (InputStream in = Files.newInputStream(input)) {
            return new Json(DepartmentInputJson.text(in, input.toString()), input.toString());
        } catch (IOException e) {
            throw CliProblems.fail("X002", input, e.getClass().getSimpleName() + " " + e.getMessage());
        }
    }

    /** A registered pack by id, or a pack file compiled through {@link PackFiles}. */
    static RulePack pack(PerfevalCli.Environment env, String idOrFile) {
        if (idOrFile.endsWith(".perfeval") || Files.isRegularFile(Path.of(idOrFile))) {
            Path file = Path.of(idOrFile);
            if (!Files.isRegularFile(file)) {
                throw CliProblems.fail("X007", file);
            }
            RulePack.CheckResult result = env.packFiles().check(file);
            return result.pack().orElseThrow(() -> new InvalidPackException(
                    result.problems().stream().filter(Problem::isError).toList()));
        }
        return env.registry().get(idOrFile);
    }
}
