package io.perfeval.rules.hebei;

import io.perfeval.core.RulePack;
import io.perfeval.core.input.EvaluationInput;
import io.perfeval.core.sheet.ScoreSheet;
import io.perfeval.core.sheet.SheetText;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Prints the text sheets and evaluation records of a fixed set of inputs, as UTF-8 bytes. Run in-process and in a
 * second JVM with another default locale, time zone and encoding by {@link DeterminismTest}.
 */
public final class SheetDump {

    private SheetDump() {
    }

    static String dump() {
        RulePack pack = ShijiazhuangDepartmentPack.pack();
        StringBuilder out = new StringBuilder();
        List<EvaluationInput> inputs = new java.util.ArrayList<>(VariedInputs.make(40, 7L));
        inputs.add(0, VariedInputs.gaoyi());
        for (EvaluationInput in : inputs) {
            ScoreSheet sheet = pack.evaluate(in);
            out.append(SheetText.render(sheet)).append('\n');
            out.append(sheet.record().orElseThrow().render()).append("\n\n");
        }
        return out.toString();
    }

    public static void main(String[] args) throws IOException {
        System.out.write(dump().getBytes(StandardCharsets.UTF_8));
        System.out.flush();
    }
}
