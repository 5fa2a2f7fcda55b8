package nl.industriemonitor.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/**
 * A seeded fuzz test of the upload parsers: valid CSV and JSON files mutated at random (bytes flipped,
 * cut, repeated; quotes, delimiters, line ends, BOMs and absurd numbers inserted). Every input must be
 * refused with problems that say where and what, or read into cells that the database can hold.
 * Set {@code -Dfuzz.seed} to replay a run and {@code -Dfuzz.inputs} for a longer one.
 */
class UploadFuzzTest {

    static final long SEED = Long.getLong("fuzz.seed", 20260417L);
    static final int INPUTS = Integer.getInteger("fuzz.inputs", 100_000);

    private static final String[] TOKENS = {"\"", ",", ";", "\n", "\r", "\r\n", "\uFEFF", "NaN", "Infinity",
        "-Infinity", "1e400", "1e999999999", "1e-999999999", "99999999999999999999", "-0", "0.00001", "2025-13",
        "2025-00", "0000-01", "9999-12", "+999999999-01", "2025-02-30", "true", "TRUE", "null", "{", "}", "[", "]",
        ":", "\"\"", "\\", "\\u0000", "\u0000", "\t", " ", "sbi_code", "published", "TypedDataSet", "\"value\"",
        "\"Key\":", "\"ID\":", "2025MM13", "0000MM01", "2025MM01", "\"Topic\"", "x".repeat(600), "é", "\uD83D\uDE00"};
    private static final byte[][] RAW = {{(byte) 0xFF}, {(byte) 0xC3}, {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
        {(byte) 0xFE, (byte) 0xFF}, {(byte) 0xE9}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80}};

    private final BranchCatalogue catalogue = BranchCatalogue.bundled();
    // the readers log every skipped branch; a hundred thousand log lines would be most of the run time
    private static final java.util.logging.Logger QUIET = java.util.logging.Logger.getLogger("nl.industriemonitor.imports");

    @org.junit.jupiter.api.BeforeAll
    static void quiet() {
        QUIET.setLevel(java.util.logging.Level.SEVERE);
    }

    @org.junit.jupiter.api.AfterAll
    static void loud() {
        QUIET.setLevel(null);
    }

    @Test
    void mutatedFilesAreReadOrRefusedNeverCrash() {
        List<byte[]> seeds = List.of(productionSample(), resource("data/cbs-81234NED-producer-confidence.csv"),
                smallExport());
        for (byte[] seed : seeds) {
            assertThat(outcome(seed)).as("an unmutated seed file is read").isNull();
        }
        SplittableRandom random = new SplittableRandom(SEED);
        int refused = 0;
        long start = System.nanoTime();
        for (int i = 0; i < INPUTS; i++) {
            byte[] input = seeds.get(random.nextInt(seeds.size()));
            int mutations = 1 + random.nextInt(4);
            for (int m = 0; m < mutations; m++) {
                input = mutate(input, random);
            }
            String problem;
            try {
                problem = outcome(input);
            } catch (RuntimeException | StackOverflowError e) {
                throw new AssertionError("input " + i + " (seed " + SEED + ") threw " + e + ":\n"
                        + preview(input), e);
            }
            if (problem != null) {
                refused++;
            }
        }
        System.out.printf("fuzz: %d inputs, seed %d, %d refused, %d read, %d ms%n", INPUTS, SEED, refused,
                INPUTS - refused, (System.nanoTime() - start) / 1_000_000);
        assertThat(refused).isPositive().isLessThan(INPUTS);
    }

    /** Null when read into storable cells; the problems when refused. Anything else escapes. */
    private String outcome(byte[] input) {
        try {
            List<ReleaseBatch> batches = UploadReader.read(input, catalogue);
            assertThat(batches).isNotEmpty();
            batches.forEach(UploadFuzzTest::assertStorable);
            return null;
        } catch (ImportRejectedException e) {
            assertThat(e.problems()).isNotEmpty().allSatisfy(p -> {
                assertThat(p.where()).isNotBlank();
                assertThat(p.message()).isNotBlank();
                assertThat(p.toString()).hasSizeLessThan(1000);
            });
            return e.getMessage();
        }
    }

    /** What the schema holds: decimal(14,4), branch codes of 40, titles of 200, sources of 500 and 4000. */
    static void assertStorable(ReleaseBatch batch) {
        assertThat(batch.cells()).isNotEmpty();
        assertThat(batch.source()).isNotBlank().hasSizeLessThanOrEqualTo(4000);
        if (batch.published() != null) {
            assertThat(batch.published().getYear()).isBetween(1900, 2100);
        }
        for (ImportedCell c : batch.cells()) {
            assertThat(c.branchCode()).isNotBlank().hasSizeLessThanOrEqualTo(40);
            assertThat(c.month().getYear()).isBetween(1900, 2100);
            assertThat(c.amount().abs()).isLessThan(new BigDecimal("1e10"));
            assertThat(c.amount().stripTrailingZeros().scale()).isLessThanOrEqualTo(4);
            if (c.source() != null) {
                assertThat(c.source()).hasSizeLessThanOrEqualTo(500);
            }
            if (c.branchTitle() != null) {
                assertThat(c.branchTitle()).hasSizeLessThanOrEqualTo(200);
            }
        }
    }

    private static byte[] mutate(byte[] in, SplittableRandom random) {
        int at = in.length == 0 ? 0 : random.nextInt(in.length + 1);
        ByteArrayOutputStream out = new ByteArrayOutputStream(in.length + 16);
        switch (random.nextInt(8)) {
            case 0 -> { // flip one byte
                byte[] copy = in.clone();
                if (copy.length > 0) {
                    copy[Math.min(at, copy.length - 1)] ^= (byte) (1 << random.nextInt(8));
                }
                return copy;
            }
            case 1 -> { // truncate
                return java.util.Arrays.copyOf(in, at);
            }
            case 2 -> { // delete a range
                int end = Math.min(in.length, at + 1 + random.nextInt(40));
                out.write(in, 0, at);
                out.write(in, end, in.length - end);
            }
            case 3, 4, 5 -> { // insert a token
                byte[] token = TOKENS[random.nextInt(TOKENS.length)].getBytes(StandardCharsets.UTF_8);
                out.write(in, 0, at);
                out.write(token, 0, token.length);
                out.write(in, at, in.length - at);
            }
            case 6 -> { // insert raw bytes that are not UTF-8 (or a BOM)
                byte[] raw = RAW[random.nextInt(RAW.length)];
                out.write(in, 0, at);
                out.write(raw, 0, raw.length);
                out.write(in, at, in.length - at);
            }
            default -> { // repeat a stretch (a line twice: duplicate cells)
                int end = Math.min(in.length, at + 1 + random.nextInt(200));
                out.write(in, 0, end);
                out.write(in, at, end - at);
                out.write(in, end, in.length - end);
            }
        }
        return out.toByteArray();
    }

    private static String preview(byte[] input) {
        String text = new String(input, StandardCharsets.UTF_8);
        return text.length() > 2000 ? text.substring(0, 2000) + "…" : text;
    }

    /** The first 60 rows of the bundled production file: big enough for every path, small enough to be fast. */
    static byte[] productionSample() {
        String[] lines = new String(resource("data/cbs-85806NED-monthly.csv"), StandardCharsets.UTF_8).split("\n");
        return (String.join("\n", List.of(lines).subList(0, 60)) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    /** The fixture export with its TypedDataSet cut to a few rows. */
    static byte[] smallExport() {
        try {
            var mapper = new com.fasterxml.jackson.databind.ObjectMapper();
            var root = (com.fasterxml.jackson.databind.node.ObjectNode) mapper.readTree(CbsExport.base());
            var rows = (com.fasterxml.jackson.databind.node.ArrayNode) root.get("TypedDataSet").get("value");
            List<com.fasterxml.jackson.databind.JsonNode> kept = new ArrayList<>();
            rows.forEach(r -> {
                if (kept.size() < 8 && r.get("Perioden").asText().contains("MM")) {
                    kept.add(r);
                }
            });
            rows.removeAll();
            rows.addAll(kept);
            return mapper.writerWithDefaultPrettyPrinter().writeValueAsBytes(root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] resource(String name) {
        try (InputStream in = UploadFuzzTest.class.getClassLoader().getResourceAsStream(name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
