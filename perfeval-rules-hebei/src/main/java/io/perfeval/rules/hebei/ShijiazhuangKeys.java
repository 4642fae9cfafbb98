package io.perfeval.rules.hebei;

/**
 * The keys of the department form's keyed sections (检查清单, 是否事项, 产出数量) for the Shijiazhuang 2019 pack
 * ({@link ShijiazhuangDepartmentPack}): each constant is one datum the pack declares that has no fixed place in the
 * form, with the name the JSON document and the pack use ({@link YesNo#key()}). Pass them to
 * {@link DepartmentInput.Builder#yes(YesNo, boolean)}, {@link DepartmentInput.Builder#output(Output,
 * java.math.BigDecimal)} and {@link DepartmentInput.Builder#checklist(Checklist, boolean...)} instead of spelling the
 * Chinese names; {@code perfeval schema} prints the same names. A test compares these constants with the pack's
 * declarations both ways, so a datum added to or removed from the pack fails the build until its constant follows.
 */
public final class ShijiazhuangKeys {

    private ShijiazhuangKeys() {
    }

    /** The 是/否 data of 是否事项, each the 达标 condition of one indicator. */
    public enum YesNo {
        /** 是否按时上报 — 部门预算是否按规定的时间上报 (预算上报及时性). */
        REPORTED_ON_TIME("是否按时上报"),
        /** 账表一致 — 决算报表数据与会计账簿数据是否一致 (决策真实性). */
        ACCOUNTS_MATCH("账表一致"),
        /** 值班工作达标 — 规范行政值班. */
        DUTY_MET("值班工作达标"),
        /** 会务接待达标 — 精心组织会务接待. */
        RECEPTIONS_MET("会务接待达标"),
        /** 综合资料起草达标 — 高效起草综合资料. */
        DRAFTING_MET("综合资料起草达标"),
        /** 金融工作达标 — 推进金融工作发展. */
        FINANCE_MET("金融工作达标"),
        /** 政务公开达标 — 政务公开工作高效推进. */
        OPEN_GOVERNMENT_MET("政务公开达标"),
        /** 资金按时拨付 — 按规定时间拨付 (资金拨付时效). */
        FUNDS_ON_TIME("资金按时拨付");

        private final String key;

        YesNo(String key) {
            this.key = key;
        }

        /**
         * The datum's name, as the pack declares it and the JSON document writes it under 是否事项.
         *
         * @return the Chinese name
         */
        public String key() {
            return key;
        }
    }

    /** The counts of 产出数量, each compared with the indicator's target. */
    public enum Output {
        /** 接收公文件数 (件) — target 10000 (公文接收、市长热线办理工作). */
        DOCUMENTS_RECEIVED("接收公文件数"),
        /** 市长热线下派工单数 (件) — target 10000 (公文接收、市长热线办理工作). */
        HOTLINE_ORDERS("市长热线下派工单数"),
        /** 组织活动次数 (次) — target 300 (会务组织接待工作). */
        EVENTS_ORGANISED("组织活动次数"),
        /** 印发公文报告篇数 (篇) — target 300. */
        REPORTS_ISSUED("印发公文报告篇数"),
        /** 银企对接会次数 (次) — target 4 (组织召开银企对接会). */
        BANK_MEETINGS("银企对接会次数"),
        /** 发布信息条数 (条) — target 20000 (政务公开工作). */
        NOTICES_PUBLISHED("发布信息条数");

        private final String key;

        Output(String key) {
            this.key = key;
        }

        /**
         * The datum's name, as the pack declares it and the JSON document writes it under 产出数量.
         *
         * @return the Chinese name
         */
        public String key() {
            return key;
        }
    }

    /**
     * The checklists of 检查清单, one per indicator whose 指标内容 lists the items checked; answers are given item 1
     * first ({@code perfeval explain --indicator NAME} lists the items).
     */
    public enum Checklist {
        /** 绩效指标科学性 — 2 items: reflects the goals' completion; clear, detailed, measurable. */
        PERFORMANCE_INDICATORS("绩效指标科学性"),
        /** 预算编制完整性 — 2 items: all revenue in the budget; expenditure budgeted by basic and project. */
        BUDGET_COMPLETENESS("预算编制完整性"),
        /** 项目预算功能分类等编制合规性 — 4 items: classification, procurement budget, investment review, goals. */
        BUDGET_COMPLIANCE("项目预算功能分类等编制合规性"),
        /** 资金使用合规性 — the use of budget funds as the law and the fund rules say. */
        FUND_USE("资金使用合规性"),
        /** 财务管理规范性 — the financial rules and accounting system applied. */
        FINANCIAL_MANAGEMENT("财务管理规范性"),
        /** 管理制度健全性 — budget and financial management rules complete. */
        MANAGEMENT_RULES("管理制度健全性"),
        /** 预算信息公开性 — budget, execution, final accounts and performance published as required. */
        BUDGET_DISCLOSURE("预算信息公开性"),
        /** 基础信息完善性 — the department's basic information complete. */
        BASIC_INFORMATION("基础信息完善性"),
        /** 资产管理规范性 — assets acquired, used and disposed of as required, income handed in on time. */
        ASSET_MANAGEMENT("资产管理规范性");

        private final String key;

        Checklist(String key) {
            this.key = key;
        }

        /**
         * The datum's name (the indicator's), as the pack declares it and the JSON document writes it under 检查清单.
         *
         * @return the Chinese name
         */
        public String key() {
            return key;
        }
    }
}
