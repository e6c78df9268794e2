package org.compendium.core.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Optional;
import org.compendium.core.kernel.Diagnostics;
import org.compendium.core.model.ApplyInfo;
import org.compendium.core.model.ApplyWindow;
import org.compendium.core.model.PolicyMeta;
import org.junit.jupiter.api.Test;

class ApplyReaderTest {

    private static Optional<PolicyMeta> read(String frontMatter, Diagnostics diagnostics) {
        SourceFile file = SourceFile.of("policies/x.md", "---\n" + frontMatter + "---\n\n正文\n");
        FrontMatter fm = new FrontMatterParser().parse(file, diagnostics).orElseThrow();
        return new MetadataReader().policy(fm, diagnostics);
    }

    @Test
    void readsEveryFieldOfTheBlock() {
        Diagnostics diagnostics = new Diagnostics();
        PolicyMeta meta = read("""
                id: p
                title: 示例
                issuer: 示例市科学技术局
                issued: 2024-01-01
                apply:
                  适用对象: [创业团队, 科技型中小企业]
                  支持方式: 资金补助
                  支持标准: |
                    按实际发生额的30%补助，
                    最高50万元
                  申报时间:
                    - 2025-03-01至2025-04-30
                    - 每年3月1日至4月30日
                    - 每年12-01 至 次年01-31
                    - 常年受理
                  免申即享: 否
                  受理处室: gaoxin
                  联系电话: 0592-5550101
                  申报入口: https://zwfw.example.gov.cn/sb
                  申报材料: [申请表, 营业执照]
                """, diagnostics).orElseThrow();
        assertEquals(List.of(), diagnostics.sorted());
        ApplyInfo a = meta.apply().orElseThrow();
        assertEquals(List.of("创业团队", "科技型中小企业"), a.audiences());
        assertEquals(List.of("资金补助"), a.supportTypes());
        assertEquals(Optional.of("按实际发生额的30%补助，\n最高50万元"), a.standard());
        assertEquals(List.of(
                new ApplyWindow.Dated("2025-03-01至2025-04-30", LocalDate.of(2025, 3, 1), LocalDate.of(2025, 4, 30)),
                new ApplyWindow.Yearly("每年3月1日至4月30日", MonthDay.of(3, 1), MonthDay.of(4, 30), false),
                new ApplyWindow.Yearly("每年12-01 至 次年01-31", MonthDay.of(12, 1), MonthDay.of(1, 31), true),
                new ApplyWindow.Rolling("常年受理")), a.windows());
        assertFalse(a.noApplication());
        assertEquals(Optional.of("gaoxin"), a.office());
        assertEquals(Optional.of("0592-5550101"), a.phone());
        assertEquals(Optional.of("https://zwfw.example.gov.cn/sb"), a.entry());
        assertEquals(List.of("申请表", "营业执照"), a.materials());
    }

    @Test
    void noApplicationNeedsNoWindow() {
        Diagnostics diagnostics = new Diagnostics();
        PolicyMeta meta = read("""
                id: p
                title: 示例
                issuer: 示例市科学技术局
                issued: 2024-01-01
                apply:
                  适用对象: 高新技术企业
                  支持方式: 资金补助
                  免申即享: 是
                  受理处室: gaoxin
                """, diagnostics).orElseThrow();
        assertEquals(List.of(), diagnostics.sorted());
        assertTrue(meta.apply().orElseThrow().noApplication());
        assertEquals(List.of(), meta.apply().orElseThrow().windows());
    }

    @Test
    void aPolicyWithoutTheBlockHasNone() {
        Diagnostics diagnostics = new Diagnostics();
        PolicyMeta meta = read("id: p\ntitle: 示例\nissuer: 示例市科学技术局\nissued: 2024-01-01\n", diagnostics)
                .orElseThrow();
        assertEquals(Optional.empty(), meta.apply());
    }
}
