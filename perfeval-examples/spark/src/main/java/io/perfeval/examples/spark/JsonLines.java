package io.perfeval.examples.spark;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import io.perfeval.core.diag.Problem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads one line of the JSON-lines input: {@code {"region": "…", "year": 2021, "department": "…", "input": {…}}},
 * where {@code input} is the department's {@code DepartmentInput} document (or a project's {@code ProjectInput}, for a
 * template pack). The document is taken as the exact text of the line between its braces (never re-encoded, so its
 * numbers stay exactly as written); the form's reader then checks it as it checks a file. A line that is not such an object becomes a {@link Source} with its problems.
 */
final class JsonLines {

    static final String REGION = "region";
    static final String YEAR = "year";
    static final String DEPARTMENT = "department";
    static final String INPUT = "input";

    private static final JsonFactory FACTORY = JsonFactory.builder().build();

    private JsonLines() {
    }

    static Source read(String line) {
        List<Problem> problems = new ArrayList<>();
        String region = null;
        Integer year = null;
        String department = null;
        String document = null;
        try (JsonParser p = FACTORY.createParser(line)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return new Source(null, null, null, null, List.of(SparkProblems.error("S001", "",
                        "顶层不是对象 / the top level is not an object")));
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String key = p.currentName();
                JsonToken value = p.nextToken();
                switch (key) {
                    case REGION -> region = text(p, value, key, problems);
                    case DEPARTMENT -> department = text(p, value, key, problems);
                    case YEAR -> {
                        if (value == JsonToken.VALUE_NUMBER_INT && p.getNumberType() == JsonParser.NumberType.INT) {
                            year = p.getIntValue();
                        } else {
                            problems.add(SparkProblems.error("S002", "$." + key, key,
                                    "应为整数 / must be an integer"));
                        }
                    }
                    case INPUT -> {
                        if (value == JsonToken.START_OBJECT) {
                            int from = (int) p.currentTokenLocation().getCharOffset();
                            p.skipChildren();
                            int to = (int) p.currentTokenLocation().getCharOffset() + 1;
                            document = line.substring(from, to);
                        } else {
                            p.skipChildren();
                            problems.add(SparkProblems.error("S002", "$." + key, key,
                                    "应为 JSON 对象（DepartmentInput 或 ProjectInput）"
                                    + " / must be a JSON object (a DepartmentInput or a ProjectInput)"));
                        }
                    }
                    default -> {
                        p.skipChildren();
                        problems.add(SparkProblems.error("S002", "$." + key, key,
                                "不是已知字段（region、year、department、input）/ is not a known field"));
                    }
                }
            }
            if (p.nextToken() != null) {
                problems.add(SparkProblems.error("S001", "", "对象之后还有内容 / text after the object"));
            }
        } catch (JsonProcessingException e) {
            problems.add(SparkProblems.error("S001", "", e.getOriginalMessage()));
        } catch (IOException e) {
            throw new UncheckedIOException("reading a string cannot fail", e);
        }
        if (document == null && problems.isEmpty()) {
            problems.add(SparkProblems.error("S002", "$." + INPUT, INPUT, "缺失 / is missing"));
        }
        return new Source(region, year, department, document, problems);
    }

    private static String text(JsonParser p, JsonToken value, String key, List<Problem> problems) throws IOException {
        if (value == JsonToken.VALUE_STRING) {
            return p.getText();
        }
        p.skipChildren();
        problems.add(SparkProblems.error("S002", "$." + key, key, "应为字符串 / must be a string"));
        return null;
    }
}
