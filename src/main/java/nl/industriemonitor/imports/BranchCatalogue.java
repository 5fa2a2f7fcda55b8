package nl.industriemonitor.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

import nl.industriemonitor.data.BranchInfo;

/**
 * The branches we know by name in both languages (bundled {@code data/branches.csv}): SBI codes,
 * CBS aggregates and the codeless CBS groupings, which get a readable code of our own.
 */
public final class BranchCatalogue {

    private static final String RESOURCE = "data/branches.csv";

    private final List<BranchInfo> branches;
    /** Codeless CBS groupings by the exact (often abbreviated) title CBS gives them, lower case. */
    private final Map<String, String> codeByCbsTitle;

    private BranchCatalogue(List<BranchInfo> branches, Map<String, String> codeByCbsTitle) {
        this.branches = List.copyOf(branches);
        this.codeByCbsTitle = Map.copyOf(codeByCbsTitle);
    }

    public static BranchCatalogue bundled() {
        try (InputStream in = BranchCatalogue.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the application");
            }
            return read(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static BranchCatalogue read(Reader reader) throws IOException {
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
        List<BranchInfo> list = new ArrayList<>();
        Map<String, String> byCbsTitle = new HashMap<>();
        for (CSVRecord r : format.parse(reader)) {
            String cbsTitle = r.isMapped("cbs_title") ? r.get("cbs_title").strip() : "";
            if (!cbsTitle.isEmpty()) {
                byCbsTitle.put(cbsTitle.toLowerCase(Locale.ROOT), r.get("code").strip());
            }
            String parent = r.get("parent").strip();
            list.add(new BranchInfo(r.get("code").strip(), r.get("name_nl").strip(), r.get("name_en").strip(),
                    parent.isEmpty() ? null : parent, Boolean.parseBoolean(r.get("energy_intensive").strip()),
                    Integer.parseInt(r.get("sort_order").strip())));
        }
        return new BranchCatalogue(list, byCbsTitle);
    }

    public List<BranchInfo> all() {
        return branches;
    }

    public Optional<BranchInfo> byCode(String code) {
        return branches.stream().filter(b -> b.code().equals(code)).findFirst();
    }

    /**
     * The code of a branch named by a source: its SBI code when given, else the code at the start of
     * its CBS title ("20 Chemische industrie"), else a codeless grouping known here by its Dutch name or
     * by the title CBS gives it ("Vervaardiging niet-duurzame consumt.art.").
     */
    public Optional<String> resolve(String code, String title) {
        if (code != null && !code.isBlank()) {
            return Optional.of(code.strip());
        }
        Optional<BranchTitle> parsed = BranchTitle.parse(title);
        if (parsed.isPresent()) {
            return Optional.of(parsed.get().code());
        }
        String wanted = title == null ? "" : title.strip().toLowerCase(Locale.ROOT);
        if (codeByCbsTitle.containsKey(wanted)) {
            return Optional.of(codeByCbsTitle.get(wanted));
        }
        return branches.stream().filter(b -> b.nameNl().toLowerCase(Locale.ROOT).equals(wanted))
                .map(BranchInfo::code).findFirst();
    }
}
