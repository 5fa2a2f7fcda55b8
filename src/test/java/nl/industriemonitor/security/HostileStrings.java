package nl.industriemonitor.security;

import java.util.List;

/**
 * Text that breaks pages that forget to escape: markup, attribute and URL injection, Qute and other
 * template syntax, text direction and joiner tricks, control characters, spreadsheet formulas and
 * very long text. Each should come out of every page as plain text, never as markup.
 */
final class HostileStrings {

    static final List<String> ALL = List.of(
            "<script>alert(1)</script>",
            "\"><img src=x onerror=alert(1)>",
            "'><svg onload=alert(1)>",
            "'",
            "\"",
            "`",
            "javascript:alert(1)",
            "JaVaScRiPt:alert(1)//",
            "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
            "{inject:csrf.token}",
            "{#include layout /}",
            "{msg:site_name}",
            "{#for x in 1..3}{x}{/for}",
            "${7*7}",
            "#{7*7}",
            "{{7*7}}",
            "<%= 7*7 %>",
            "</textarea><script>alert(1)</script>",
            "</title><script>alert(1)</script>",
            "</script><script>alert(1)</script>",
            "]]><x>",
            "<!--",
            "-->",
            "<![CDATA[x]]>",
            "<a href=\"javascript:alert(1)\">x</a>",
            "<iframe src=//example.org>",
            "<style>*{display:none}</style>",
            "<base href=//example.org/>",
            "<meta http-equiv=refresh content=0;url=//example.org>",
            "\u202Eright-to-left",
            "\u200Finvisible\u200B\u2060joiners\uFEFF",
            "صناعة المواد الكيميائية",
            "תעשייה כימית",
            "Chemische industrie 🏭👩‍🔬👨‍👩‍👧‍👦🏳️‍🌈",
            "%00",
            "%3Cscript%3Ealert(1)%3C%2Fscript%3E",
            "\t\u0007\u0008\u000B\u000C\u001B[31mred\u007F\u0085",
            "line\r\nbreak\rcarriage",
            "=cmd|' /C calc'!A0",
            "@SUM(1)",
            "+1+1",
            "-2+3",
            "=HYPERLINK(\"http://example.org\",\"x\")",
            "\\u003cscript\\u003e",
            "&lt;script&gt;",
            "&amp;&#60;&#x3C;",
            "\\\"; alert(1); //",
            "\"}; alert(1); var x={\"",
            "NaN",
            "null",
            "../../../etc/passwd",
            "A".repeat(5_000),
            "<b>".repeat(1_000));

    private HostileStrings() {
    }
}
