package io.perfeval.rules.hebei;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.perfeval.core.RulePack;
import io.perfeval.core.diag.InputProblems;
import io.perfeval.core.diag.InvalidInputException;
import io.perfeval.core.diag.Problem;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Issue 17, findings 7 and 8 at the JSON reader's edge: problems per input are capped, the size limit is checked while
 * reading (a 200 MB stream is refused after 2 M characters), a byte-order mark is accepted and bytes that are not UTF-8
 * are refused with their place.
 */
class InputEdgeTest {

    private static final RulePack PACK = ShijiazhuangDepartmentPack.pack();

    private static String withChecklist(String answers) {
        String gaoyi = DepartmentInputJsonTest.gaoyiJson();
        int at = gaoyi.indexOf("\"检查清单\": {") + "\"检查清单\": {".length();
        return gaoyi.substring(0, at) + "\"资金使用合规性\": [" + answers + "]," + gaoyi.substring(at)
                .replaceFirst("\\s*\"资金使用合规性\": \\[[^]]*],", "");
    }

    @Test
    void a300000AnswerChecklistGivesAtMost501Problems() {
        // 300,000 invalid answers: one J005 each in the JSON reader
        InvalidInputException bad = assertThrows(InvalidInputException.class,
                () -> DepartmentInputJson.readFor(withChecklist("\"x\",".repeat(299_999) + "\"x\""), "big.json", PACK));
        assertEquals(InputProblems.MAX, bad.problems().size());
        assertEquals("I019", bad.problems().get(InputProblems.MAX - 1).code());
        assertEquals("J005", bad.problems().get(0).code());
        // 300,000 valid answers to a checklist of a few items: one I007 each in the pack's validation
        InvalidInputException many = assertThrows(InvalidInputException.class,
                () -> DepartmentInputJson.readFor(withChecklist("\"符合\",".repeat(299_999) + "\"符合\""), "big.json",
                        PACK));
        assertTrue(many.problems().size() <= InputProblems.MAX + 1, "" + many.problems().size());
        assertEquals("I019", many.problems().get(many.problems().size() - 1).code());
    }

    /** 200 MB of a JSON string that never ends, made on the fly: nothing of it is held but what the reader keeps. */
    private static InputStream endless(long bytes) {
        byte[] head = "{\"说明\": [\"".getBytes(StandardCharsets.UTF_8);
        return new InputStream() {
            private long given;

            @Override
            public int read() {
                return given >= bytes ? -1 : given < head.length ? head[(int) given++] : (given++ > 0 ? 'a' : 'a');
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (given >= bytes) {
                    return -1;
                }
                int n = (int) Math.min(len, bytes - given);
                for (int i = 0; i < n; i++) {
                    b[off + i] = given < head.length ? head[(int) given] : (byte) 'a';
                    given++;
                }
                return n;
            }
        };
    }

    @Test
    void aHugeStreamIsRefusedWhileReadingNotAfter() throws Exception {
        long start = System.nanoTime();
        InputStream in = endless(200L * 1024 * 1024);
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> DepartmentInputJson.text(in, "huge.json"));
        long ms = (System.nanoTime() - start) / 1_000_000;
        assertEquals("J022", e.problems().get(0).code());
        assertEquals("huge.json：文档超过 2000000 个字符，已停止读取", e.problems().get(0).message());
        // the reader stopped after about 2 MB: the rest of the 200 MB was never read
        assertTrue(in.read() != -1, "the stream was read to its end");
        assertTrue(ms < 5_000, ms + " ms");
    }

    @Test
    void aByteOrderMarkIsAcceptedAndBytesThatAreNotUtf8AreLocated() throws Exception {
        String gaoyi = DepartmentInputJsonTest.gaoyiJson();
        byte[] utf8 = gaoyi.getBytes(StandardCharsets.UTF_8);
        byte[] marked = new byte[utf8.length + 3];
        marked[0] = (byte) 0xEF;
        marked[1] = (byte) 0xBB;
        marked[2] = (byte) 0xBF;
        System.arraycopy(utf8, 0, marked, 3, utf8.length);
        String text = DepartmentInputJson.text(new ByteArrayInputStream(marked), "bom.json");
        assertEquals(gaoyi, text);
        assertEquals(DepartmentInputJsonTest.gaoyi(), DepartmentInputJson.read("\uFEFF" + gaoyi, "bom.json"));

        // the same form saved as GBK: the first Chinese character is not UTF-8
        byte[] gbk = gaoyi.getBytes(java.nio.charset.Charset.forName("GBK"));
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> DepartmentInputJson.text(new ByteArrayInputStream(gbk), "gbk.json"));
        Problem p = e.problems().get(0);
        assertEquals("J021", p.code());
        int firstCjk = 0;
        while (gaoyi.charAt(firstCjk) < 0x80) {
            firstCjk++;
        }
        String before = gaoyi.substring(0, firstCjk);
        int line = (int) before.chars().filter(c -> c == '\n').count() + 1;
        int column = firstCjk - before.lastIndexOf('\n');
        assertEquals("gbk.json:" + line + ":" + column + "：第 " + firstCjk + " 字节起不是 UTF-8 编码，请将文件另存为 UTF-8",
                p.message());
    }
}
