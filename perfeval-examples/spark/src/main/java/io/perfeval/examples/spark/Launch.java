package io.perfeval.examples.spark;

import io.perfeval.core.diag.PerfevalException;
import io.perfeval.core.diag.Problem;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.apache.spark.sql.SparkSession;

/** What the two command-line entry points share: {@code --name value} arguments, the session, problems on stderr. */
final class Launch {

    private Launch() {
    }

    /** {@code --name value} pairs; any other shape, or a name not in {@code known}, is S008. */
    static Map<String, String> arguments(String[] args, Set<String> known, String usage) {
        Map<String, String> out = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i += 2) {
            String name = args[i];
            if (!name.startsWith("--") || !known.contains(name.substring(2)) || i + 1 >= args.length) {
                throw new JobException(SparkProblems.error("S008", "", "「" + name + "」；" + usage));
            }
            out.put(name.substring(2), args[i + 1]);
        }
        return out;
    }

    static String required(Map<String, String> args, String name, String usage) {
        String value = args.get(name);
        if (value == null) {
            throw new JobException(SparkProblems.error("S008", "", "--" + name + " ?；" + usage));
        }
        return value;
    }

    /**
     * The session: {@code --master} when given; else the one {@code spark-submit} configured; else, run with plain
     * {@code java}, a local session on every core.
     */
    static SparkSession session(String app, String master) {
        SparkSession.Builder b = SparkSession.builder().appName(app);
        if (master != null) {
            b.master(master);
        } else if (System.getProperty("spark.master") == null) {
            b.master("local[*]");
        }
        return b.getOrCreate();
    }

    /** Every problem in Chinese, then indented in English; the exit code for a job that could not run. */
    static int report(PerfevalException e) {
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        for (Problem p : e.problems()) {
            err.println(p.display());
            err.println("  " + p.displayEnglish());
        }
        return 2;
    }
}
