package nl.industriemonitor.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Qute escapes everything a page prints unless told not to: this test fails when a template or class
 * tells it not to ({@code .raw}, {@code .safe}, {@code |raw}, {@code {#raw}}, {@code RawString}) outside
 * the allow-list below, or when a template has a suffix Qute does not escape.
 */
class RawOutputTest {

    /**
     * Places allowed to print unescaped, as "path relative to src/main: the matching text", each with
     * the reason in a comment. Keep it short; every entry must still occur.
     */
    static final Set<String> ALLOWED = Set.of();

    private static final Pattern TEMPLATE_RAW = Pattern.compile("\\.raw\\b|\\.safe\\b|\\|\\s*raw\\b|\\{#raw\\b|RawString");
    private static final Pattern JAVA_RAW = Pattern.compile("\\bRawString\\b|\\.raw\\(\\)|\"raw\"");
    private static final Path MAIN = Path.of("src/main");

    @Test
    void noRawOutputOutsideTheAllowList() throws IOException {
        List<String> found = new ArrayList<>();
        found.addAll(scan(MAIN.resolve("resources/templates"), TEMPLATE_RAW));
        found.addAll(scan(MAIN.resolve("java"), JAVA_RAW));
        assertThat(found).as("unescaped output; escape it, or add it to ALLOWED with a reason").isSubsetOf(ALLOWED);
        assertThat(ALLOWED).as("allow-list entries that no longer occur").isSubsetOf(found);
    }

    @Test
    void everyTemplateIsOneQuteEscapes() throws IOException {
        try (Stream<Path> files = Files.walk(MAIN.resolve("resources/templates"))) {
            assertThat(files.filter(Files::isRegularFile).map(p -> p.getFileName().toString()))
                    .isNotEmpty().allMatch(name -> name.endsWith(".html") || name.endsWith(".xml"));
        }
        // the default escaped content types must stay in force
        assertThat(Files.readString(MAIN.resolve("resources/application.properties"))).doesNotContain("escape-content-types");
    }

    @Test
    void theScanFindsWhatItLooksFor() {
        assertThat(TEMPLATE_RAW.matcher("<p>{name.raw}</p>").find()).isTrue();
        assertThat(TEMPLATE_RAW.matcher("<p>{name.safe}</p>").find()).isTrue();
        assertThat(TEMPLATE_RAW.matcher("{#raw}{name}{/raw}").find()).isTrue();
        assertThat(TEMPLATE_RAW.matcher("{name | raw}").find()).isTrue();
        assertThat(JAVA_RAW.matcher("return new RawString(html);").find()).isTrue();
        assertThat(TEMPLATE_RAW.matcher("<p>{name.rawValue} {draw}</p>").find()).isFalse();
    }

    private static List<String> scan(Path root, Pattern pattern) throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Matcher m = pattern.matcher(Files.readString(file));
                while (m.find()) {
                    found.add(MAIN.relativize(file).toString().replace('\\', '/') + ": " + m.group());
                }
            }
        }
        return found;
    }
}
