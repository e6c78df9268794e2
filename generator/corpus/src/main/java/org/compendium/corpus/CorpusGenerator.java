package org.compendium.corpus;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;

/**
 * A Java port of the shared corpus generator ({@code gen_corpus.py}): a synthetic but realistic content
 * folder of N policies, about 60% with an interpretation note linking to a clause, and one summary per
 * year. Same structure and proportions as the Python script (not the same random sequence), deterministic
 * for a seed; so tests and the benchmark need nothing outside this repository.
 */
public final class CorpusGenerator {
    private static final List<String> SENTENCES = List.of(
            "建立局领导与企业家的季度恳谈会制度，每季度安排一位局领导深入产业园区或与行业协会的企业家座谈，主动收集需求、问题和建议，定期通报协调解决情况。",
            "积极利用网络社交媒体，通过在官网提供留言和来信功能，及时解答企业关心的热点问题。",
            "每季度召开一次科技新闻发布会，解读最新发布的科技政策，并对下一阶段即将开展的重点科技工作进行公告。",
            "由责任处室从挂钩对象中选择重点企业进行挂钩帮扶，每季度由分管局领导带队，至少走访调研一次挂钩的企业，现场指导和解决问题。",
            "扎实做好政策制订的调研工作，新涉企政策出台前须召开座谈会听取企业的意见建议，使政策制订更接地气，政策兑现更加便利。",
            "每年梳理并编印现行的科技政策汇编，编印成册和制成电子书的形式，通过各种场合及渠道进行分发。",
            "每月至少开展一次科技政策宣讲会，面对面进行政策解读。",
            "每年通过座谈、走访、调查问卷等形式，了解科技政策的落实情况、企业获得情况和满意度情况，吸收第三方机构参与政策后评估工作。",
            "逐步对全市科技型企业建档立册，完善“科技型中小企业库”、“高新技术企业库”、“技术先进型服务企业库”等三个企业库建设。",
            "依照“创业团队→科技型中小企业→高新技术企业→科技小巨人领军企业”的阶梯式培养路径，抓住关键节点，通过多层次科技政策扶持，为企业提供资金支持和创新服务。",
            "逐步推进对不同产业集群和不同规模的企业实施差异化的科技服务，培育“高技术、高成长、高附加值”企业，实施精准滴灌，增强企业获得感。",
            "推进网上审批“一站式”服务，完善主动服务功能，及时有效反馈申报系统信息。",
            "进一步梳理科技政策的申报条件及程序，逐步推进“最多跑一趟”到“一趟不用跑”，实现全程“线上申报”。",
            "对研发费用补助的对象、额度及方式等方面进一步优化，试行对部分优良信用企业实施“无申报补助”，并逐步推行到其他科技政策。",
            "建立以信任为前提的管理机制，优化科研项目评审和项目管理、改进科技人才评价方式、完善科研机构评估制度。",
            "通过建立科技信用清单，对守信企业放大扶持或简化监管措施，对失信企业进行惩戒或加强监管。",
            "设立咨询分发总台，增设服务热线电话，对收集的问题建立台账，各责任处室及时跟踪协调解决并反馈情况。",
            "对经认定的高新技术企业，按其上年度研发投入的10%给予补助，最高不超过200万元（含200万元）。",
            "企业应当于每年3月31日前通过综合服务管理平台提交申请材料，逾期不予受理。",
            "本办法所称研发费用，是指企业按照国家财务会计制度规定归集的研究开发费用（R&D）。");
    private static final List<String> TOPICS = List.of("高新技术企业培育", "研发费用补助", "科技型中小企业", "新型研发机构", "科技金融", "科技人才", "成果转化", "知识产权", "孵化器与众创空间", "科技特派员", "重点实验室", "工程技术研究中心", "技术先进型服务企业");
    private static final List<String> CATEGORIES = List.of("企业培育", "研发投入", "平台建设", "人才引进", "科技金融", "成果转化", "综合服务");
    private static final List<String> ISSUERS = List.of("厦门市科学技术局", "厦门市人民政府办公厅", "厦门市财政局", "厦门市科学技术局 厦门市财政局");
    private static final List<String> FORMS = List.of("文字解读", "图解", "问答");
    private static final String NUMS = "一二三四五六七八九十";
    private static final List<String> KINDS = List.of("若干措施", "管理办法", "实施细则", "实施意见");
    private static final List<String> CHAPTERS = List.of("总则", "支持对象", "支持方式", "申报程序", "监督管理", "附则");
    private final Random rng;
    private final int firstYear;
    private final int lastYear;

    public CorpusGenerator(long seed, int firstYear, int lastYear) {
        this.rng = new Random(seed);
        this.firstYear = firstYear;
        this.lastYear = lastYear;
    }

    /** One generated policy. */
    public record Made(String id, int year, String title, String kind) {
    }

    /** Writes a corpus of {@code policies} policies (years 2015–2024, seed 1) into {@code out}. */
    public static void generate(Path out, int policies) throws IOException {
        new CorpusGenerator(1, 2015, 2024).write(out, policies);
    }

    public void write(Path out, int policies) throws IOException {
        Files.createDirectories(out);
        write(out.resolve("compendium.yaml"), "title: 厦门市科技政策汇编（测试语料）\npublisher: 厦门市科学技术局\n"
                + "base_url: https://example.org/zchb/\nlanguage: zh-CN\nas_of: " + (lastYear + 1) + "-01-01\n");
        List<String> titles = new ArrayList<>();
        List<Made> made = new ArrayList<>();
        for (int n = 0; n < policies; n++) {
            int year = firstYear + n * (lastYear - firstYear + 1) / policies;
            String id = String.format("xm-kj-%d-%04d", year, n + 1);
            made.add(policy(out, id, year, n + 1, titles));
        }
        for (Made m : made) {
            if (rng.nextDouble() < 0.6) {
                note(out, m);
            }
        }
        for (int year = firstYear; year <= lastYear; year++) {
            summary(out, year, made);
        }
    }

    private Made policy(Path out, String id, int year, int seq, List<String> titles) throws IOException {
        String topic = pick(TOPICS);
        String kind = pick(KINDS);
        String title = rng.nextDouble() < 0.2 ? "厦门市" + topic + kind + "（" + year + "年修订）" : "厦门市" + topic + kind;
        title = titles.contains(title) ? title + "（第" + seq + "号）" : title;
        titles.add(title);
        int month = 1 + rng.nextInt(12);
        int day = 1 + rng.nextInt(28);
        String issuer = pick(ISSUERS);
        List<String> fm = new ArrayList<>(List.of("id: " + id, "title: " + title,
                "doc_number: 厦科规〔" + year + "〕" + seq + "号", "issuer: " + issuer,
                String.format("issued: %d-%02d-%02d", year, month, day), "category: " + pick(CATEGORIES),
                "tags: [" + topic + ", " + pick(TOPICS) + "]"));
        if (rng.nextDouble() < 0.3) {
            fm.add(String.format("expires: %d-%02d-%02d", year + 2 + rng.nextInt(5), month, day));
        }
        List<String> body = kind.equals("管理办法") ? articles() : sections();
        if (rng.nextDouble() < 0.3) {
            body.add(table());
        }
        if (titles.size() > 1 && rng.nextDouble() < 0.5) {
            body.add("本办法与《" + titles.get(rng.nextInt(titles.size() - 1)) + "》不一致的，以本办法为准。\n");
        }
        body.add("本" + kind.substring(kind.length() - 2) + "自发布之日起施行，由" + issuer.split(" ")[0] + "负责解释。\n");
        write(out.resolve("policies/" + year + "/" + id + ".md"), "---\n" + String.join("\n", fm) + "\n---\n\n# "
                + title + "\n\n" + String.join("\n", body));
        return new Made(id, year, title, kind);
    }

    private List<String> articles() {
        List<String> body = new ArrayList<>();
        int art = 1;
        int chapters = 3 + rng.nextInt(4);
        for (int ch = 1; ch < chapters; ch++) {
            body.add("## 第" + cn(ch) + "章 " + pick(CHAPTERS) + "\n");
            for (int k = 2 + rng.nextInt(4); k > 0; k--) {
                body.add("**第" + cn(art++) + "条** " + para(1 + rng.nextInt(3)) + "\n");
            }
        }
        return body;
    }

    private List<String> sections() {
        List<String> body = new ArrayList<>();
        body.add(para(2) + "\n");
        int sections = 3 + rng.nextInt(5);
        for (int s = 1; s < sections; s++) {
            body.add("## " + cn(s) + "、" + pick(TOPICS) + "\n");
            int items = 2 + rng.nextInt(5);
            for (int i = 1; i < items; i++) {
                body.add(i + ". " + para(1 + rng.nextInt(3)) + "\n");
            }
        }
        return body;
    }

    private String table() {
        StringBuilder t = new StringBuilder("| 类别 | 补助比例 | 上限（万元） |\n| --- | --- | --- |\n");
        for (int r = 2 + rng.nextInt(5); r > 0; r--) {
            t.append("| ").append(pick(TOPICS)).append(" | ").append(5 + rng.nextInt(26)).append("% | ")
                    .append((1 + rng.nextInt(50)) * 10).append(" |\n");
        }
        return t.toString();
    }

    private void note(Path out, Made m) throws IOException {
        String id = "jd-" + m.id();
        String anchor = m.kind().equals("管理办法") ? "#art-1" : "#sec-1-1";
        String text = "---\nid: " + id + "\ntitle: 《" + m.title() + "》政策解读\ninterprets: " + m.id() + "\nform: "
                + pick(FORMS) + "\nissued: " + m.year() + "-12-28\n---\n\n# 《" + m.title() + "》政策解读\n\n"
                + "## 一、出台背景\n\n" + para(2) + "\n\n## 二、主要内容\n\n"
                + "[第一项措施](../policies/" + m.year() + "/" + m.id() + ".md" + anchor + ")明确：" + para(1) + "\n\n"
                + "## 三、常见问题\n\n**问：**如何申报？\n\n**答：**" + para(1) + "\n";
        write(out.resolve("interpretations/" + id + ".md"), text);
    }

    private void summary(Path out, int year, List<Made> made) throws IOException {
        String links = made.stream().filter(m -> m.year() == year).limit(10)
                .map(m -> "- [" + m.title() + "](../policies/" + year + "/" + m.id() + ".md)")
                .collect(Collectors.joining("\n"));
        write(out.resolve("summaries/" + year + ".md"), "---\nyear: " + year + "\ntitle: " + year
                + "年度厦门市科技政策综述\n---\n\n# " + year + "年度科技政策综述\n\n" + para(3)
                + "\n\n## 本年度新出台政策\n\n" + links + "\n");
    }

    private String para(int k) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < k; i++) {
            out.append(pick(SENTENCES));
        }
        return out.toString();
    }

    private String pick(List<String> list) {
        return list.get(rng.nextInt(list.size()));
    }

    static String cn(int n) {
        if (n <= 10) {
            return String.valueOf(NUMS.charAt(n - 1));
        }
        if (n < 20) {
            return "十" + NUMS.charAt(n - 11);
        }
        int u = n % 10;
        return NUMS.charAt(n / 10 - 1) + "十" + (u == 0 ? "" : String.valueOf(NUMS.charAt(u - 1)));
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    /** {@code CorpusGenerator OUT [N]}: writes a corpus of N (default 200) policies. */
    public static void main(String[] args) throws IOException {
        generate(Path.of(args[0]), args.length > 1 ? Integer.parseInt(args[1]) : 200);
    }
}
