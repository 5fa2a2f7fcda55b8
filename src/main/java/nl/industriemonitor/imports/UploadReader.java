package nl.industriemonitor.imports;

import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a file an administrator uploads: a CSV in the format of the bundled files (production or
 * producer confidence, told apart by the header), a table as cbsodata or StatLine write it (titles in
 * place of keys), or a saved export of the CBS OData feed (JSON). Every refusal names the place in the
 * file; nothing is stored here.
 */
public final class UploadReader {

    private UploadReader() {
    }

    /** A date in a file name, as in {@code cbs-85806NED-table-2025-04-10.csv}. */
    private static final Pattern DATE_IN_NAME = Pattern.compile("(?<!\\d)(\\d{4}-\\d{2}-\\d{2})(?!\\d)");

    public static List<ReleaseBatch> read(byte[] content, BranchCatalogue catalogue) throws ImportRejectedException {
        return read(content, null, null, catalogue);
    }

    /**
     * As above; {@code fileName} and {@code published} date a table with titles in place of keys, which
     * states no release date of its own: the date given, else a date in the file name.
     */
    public static List<ReleaseBatch> read(byte[] content, String fileName, LocalDate published,
                                          BranchCatalogue catalogue) throws ImportRejectedException {
        String text = utf8(content);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        String trimmed = text.stripLeading();
        if (trimmed.isEmpty()) {
            throw new ImportRejectedException(new ImportProblem("file", null, "is empty"));
        }
        if (trimmed.startsWith("{") || trimmed.startsWith("[")) {
            try {
                return List.of(CbsODataReader.ofExport(text.getBytes(StandardCharsets.UTF_8), catalogue).read().batch());
            } catch (java.io.IOException e) {
                throw new ImportRejectedException(new ImportProblem("file", null, "not readable: " + e.getMessage()));
            }
        }
        int end = text.indexOf('\n');
        if (CbsTableReader.isTableHeader(end < 0 ? text : text.substring(0, end))) {
            // the cells are checked first, so that a bad file is named by row and column whatever its date
            LocalDate date = published != null ? published : dateInName(fileName);
            CbsTableReader.Release release = new CbsTableReader.Release(date, false,
                    "CBS 85806NED table file" + (fileName == null ? "" : " " + ImportLimits.cut(fileName.strip())));
            ReleaseBatch batch = new CbsTableReader(catalogue).read(new StringReader(text), release).batch();
            if (date == null) {
                throw new ImportRejectedException(new ImportProblem("file", null, "is a CBS table with titles in"
                        + " place of keys, which states no release date: give the date of the CBS release it holds"
                        + " (the field 'published'), or a file name with the date, e.g."
                        + " cbs-85806NED-table-2025-04-10.csv"));
            }
            return List.of(batch);
        }
        return new CsvReleaseReader(layoutOf(text), catalogue).read(new StringReader(text));
    }

    /** A plausible date in the file name, or null. */
    private static LocalDate dateInName(String fileName) {
        Matcher m = DATE_IN_NAME.matcher(fileName == null ? "" : fileName);
        if (!m.find()) {
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(m.group(1));
            return ImportLimits.plausible(date) ? date : null;
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** The header names the format: producer confidence has a {@code producer_confidence} column. */
    private static CsvLayout layoutOf(String text) throws ImportRejectedException {
        int end = text.indexOf('\n');
        String header = (end < 0 ? text : text.substring(0, end)).strip();
        if (header.contains("producer_confidence")) {
            return CsvLayout.PRODUCER_CONFIDENCE;
        }
        if (header.contains("sbi_code")) {
            return CsvLayout.PRODUCTION;
        }
        throw new ImportRejectedException(new ImportProblem("line 1", null, "is not the header of a known CSV"
                + " format (expected the columns of cbs-85806NED-monthly.csv or cbs-81234NED-producer-confidence.csv,"
                + " or a CBS table with the columns BedrijfstakkenBranchesSBI2008 and Perioden)"
                + " and the file is not a JSON export of the CBS OData feed"));
    }

    private static String utf8(byte[] content) throws ImportRejectedException {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException e) {
            int line = 1;
            int offset = firstInvalidByte(content);
            for (int i = 0; i < offset; i++) {
                if (content[i] == '\n') {
                    line++;
                }
            }
            throw new ImportRejectedException(new ImportProblem("line " + line, null,
                    "is not UTF-8 text (byte " + (offset + 1) + " of the file); save the file as UTF-8"));
        }
    }

    private static int firstInvalidByte(byte[] content) {
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(content);
        var out = java.nio.CharBuffer.allocate(content.length + 1);
        var result = decoder.decode(in, out, true);
        return result.isError() ? in.position() : content.length;
    }
}
