package nl.industriemonitor.admin;

import java.time.LocalDate;
import java.util.List;

import nl.industriemonitor.data.Release;
import nl.industriemonitor.imports.CbsRefresh;
import nl.industriemonitor.imports.ImportPreview;
import nl.industriemonitor.imports.ImportService;
import nl.industriemonitor.imports.ImportProblem;
import nl.industriemonitor.web.Lang;

/** What the admin templates show. */
final class AdminPages {

    private AdminPages() {
    }

    /** The page frame: language and the administrator logged in (null on the login page). */
    record Frame(Lang lang, String user) {
    }

    record Dashboard(Frame frame, List<Release> releases, CbsRefresh.Report lastRefresh, String uploadLimit,
                     String cbsUrl, String cron) {
    }

    record Login(Frame frame, boolean error, boolean noAdministrators, String postLocation) {
    }

    /** {@code published}: the release date given in the form, sent back with the confirmation; null when none. */
    record Preview(Frame frame, String fileName, String uploadId, ImportPreview preview, LocalDate published) {
    }

    /**
     * Why something was refused: no file chosen, a file too large (detail = the limit), a file's problems;
     * before the login: too many attempts, a form from another site; a form without a valid CSRF token.
     */
    enum Refusal { NO_FILE, TOO_LARGE, PROBLEMS, THROTTLED, CROSS_SITE, CSRF }

    record Refused(Frame frame, String fileName, String detail, List<ImportProblem> problems, Refusal refusal) {
    }

    /** A request refused before it reached its page: THROTTLED, CROSS_SITE (with the origin) or CSRF. */
    record Notice(Frame frame, Refusal refusal, String origin, long minutes) {
    }

    /** After an import (result set) or a fetch from CBS (report set); an expired preview has neither. */
    record Result(Frame frame, ImportService.Result result, CbsRefresh.Report report, List<LocalDate> releaseDates) {
    }
}
