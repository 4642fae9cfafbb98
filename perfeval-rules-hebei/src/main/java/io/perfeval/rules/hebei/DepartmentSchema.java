package io.perfeval.rules.hebei;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.perfeval.rules.national.ProjectInputJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The JSON Schema of the department input document: {@code department-input.schema.json} with the project input's
 * schema ({@link ProjectInputJson#schema()}) as {@code $defs/项目自评}, the document a list line may carry. The project
 * schema's own {@code $defs} join the department's, so its {@code #/$defs/…} references resolve unchanged; the two
 * files name their definitions differently, and a clash is refused rather than overwritten.
 */
final class DepartmentSchema {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private DepartmentSchema() {
    }

    static String text() {
        try (InputStream s = DepartmentSchema.class.getResourceAsStream("department-input.schema.json")) {
            if (s == null) {
                throw new IllegalStateException("department-input.schema.json is missing from the jar");
            }
            ObjectNode department = (ObjectNode) JSON.readTree(s);
            ObjectNode project = (ObjectNode) JSON.readTree(ProjectInputJson.schema());
            ObjectNode defs = (ObjectNode) department.get("$defs");
            ObjectNode projectDefs = (ObjectNode) project.remove("$defs");
            projectDefs.fields().forEachRemaining(e -> {
                if (defs.has(e.getKey())) {
                    throw new IllegalStateException("both schemas define $defs/" + e.getKey());
                }
                defs.set(e.getKey(), e.getValue());
            });
            project.remove("$schema");
            project.remove("$id");
            defs.set(DepartmentProjects.KEY, project);
            return JSON.writeValueAsString(department) + "\n";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
