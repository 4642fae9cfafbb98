package io.perfeval.examples.cli;

import io.perfeval.core.PackInfo;
import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "packs", header = "列出已登记的规则包 / list the registered packs",
        description = {"每个规则包一段：标识、名称、地区、版本、依据文件。", "One block per pack: id, name, region, version, basis."})
final class PacksCommand implements Callable<Integer> {

    private final PerfevalCli.Environment env;

    @Mixin
    private HelpOption help;

    PacksCommand(PerfevalCli.Environment env) {
        this.env = env;
    }

    @Override
    public Integer call() {
        PrintStream out = env.out();
        List<PackInfo> packs = env.registry().packs();
        if (packs.isEmpty()) {
            out.println("没有已登记的规则包 / no packs registered");
            return PerfevalCli.EXIT_OK;
        }
        for (PackInfo p : packs) {
            out.println(p.id());
            out.println("  名称 name:    " + p.name());
            out.println("  地区 region:  " + p.region());
            out.println("  版本 version: " + p.version());
            out.println("  依据 basis:   " + p.basis());
        }
        return PerfevalCli.EXIT_OK;
    }
}
