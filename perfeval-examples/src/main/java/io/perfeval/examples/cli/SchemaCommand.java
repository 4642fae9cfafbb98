package io.perfeval.examples.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "schema", header = "输出规则包输入数据的 JSON Schema / the JSON Schema of a pack's input",
        description = {"由规则包声明的输入数据生成：类型、单位、清单项数、分期数据的期间、必填项。",
                "Derived from the pack's data fields: types, units, checklist item counts, series periods, required."})
final class SchemaCommand implements Callable<Integer> {

    private final PerfevalCli.Environment env;

    @Mixin
    private HelpOption help;

    @Option(names = "--pack", paramLabel = "ID|FILE", defaultValue = Subject.DEFAULT_PACK,
            description = {"规则包标识或 .perfeval 文件（默认 " + Subject.DEFAULT_PACK + "）", "pack id or file"})
    String pack;

    @Option(names = "--document", description = {"输出整个输入文档（“数据”及规则包、单位名称、酌情得分、自评得分、自评合计）的 Schema",
            "the schema of the whole input document score --input reads (数据 and the envelope keys)"})
    boolean document;

    @Option(names = "--department-input", description = {"输出河北部门整体支出输入文档（DepartmentInputJson，含分项绩效项目清单及各项目所附的项目自评表）的 Schema",
            "the schema of the Hebei department input document (DepartmentInputJson), with the 项目自评 tables its "
                    + "project list may carry"})
    boolean departmentInput;

    SchemaCommand(PerfevalCli.Environment env) {
        this.env = env;
    }

    @Override
    public Integer call() {
        var rules = Subject.pack(env, pack);
        if (departmentInput) {
            // the typed Hebei document score --input reads for a department, not a pack's own 数据 contract
            env.out().print(io.perfeval.rules.hebei.DepartmentInputJson.schema());
        } else if (rules.template().isPresent()) {
            // a project pack reads a whole 自评表 (ProjectInputJson), whose indicators the project declares itself
            env.out().print(io.perfeval.rules.national.ProjectInputJson.schema());
        } else {
            env.out().print(document ? InputSchema.renderDocument(rules) : InputSchema.render(rules));
        }
        env.out().flush();
        return PerfevalCli.EXIT_OK;
    }
}
