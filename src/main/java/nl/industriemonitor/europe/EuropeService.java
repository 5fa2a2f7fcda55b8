package nl.industriemonitor.europe;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import nl.industriemonitor.data.DataView;
import nl.industriemonitor.data.EuropeData;
import nl.industriemonitor.data.Snapshot;
import nl.industriemonitor.data.SnapshotHolder;
import nl.industriemonitor.web.Lang;
import nl.industriemonitor.web.PageLinks;

/** Eurostat's figures for the europe view and for the branch page, from the current snapshot. */
@ApplicationScoped
public class EuropeService {

    @Inject
    SnapshotHolder snapshots;

    @Inject
    PageLinks links;

    @Inject
    EuropeParameters parameters;

    /** The view of one division and some countries ({@code /nl/europe?nace=C20&geo=NL,DE,EU27_2020}). */
    public EuropePage page(Lang lang, String nace, List<String> geos, String from, String to, String asOfParam,
                           String otherLangHref) {
        LocalDate asOf = links.date(lang, asOfParam);
        Snapshot snapshot = snapshots.current();
        EuropeData europe = snapshot.europe();
        if (asOf != null && europe.releases().stream().noneMatch(r -> r.visibleAsOf(asOf))) {
            throw links.nothingPublished(lang, asOf);
        }
        EuropeData.View view = europe.asOf(asOf);
        EuropeQuery query = parameters.read(lang, view, europe.asOf(null), nace, geos, from, to, asOf);
        EuropePanel panel = EuropeTables.panel(lang, view, query.nace(), branchName(lang, snapshot.asOf(asOf), query.nace()),
                query.geos(), query.from(), query.to());
        return new EuropePage(lang, query, panel, EuropeTables.rows(view, panel), view.divisions().stream()
                .map(d -> new EuropePage.Division(d, branchName(lang, snapshot.asOf(asOf), d), d.equals(query.nace())))
                .toList(), otherLangHref);
    }

    /**
     * The branch page's panel: NL, DE and EU27 (those Eurostat has) over every month it has them; empty when
     * Eurostat has no figures of the branch in this view.
     */
    public Optional<EuropePanel> forBranch(Lang lang, String branchCode, String branchName, LocalDate asOf) {
        Optional<String> nace = EuropeData.nace(branchCode);
        if (nace.isEmpty()) {
            return Optional.empty();
        }
        EuropeData.View view = snapshots.current().europe().asOf(asOf);
        List<String> geos = Countries.DEFAULT.stream().filter(g -> view.geos(nace.get()).contains(g)).toList();
        var from = view.firstMonth(nace.get(), geos);
        var to = view.lastMonth(nace.get(), geos);
        if (geos.isEmpty() || from.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(EuropeTables.panel(lang, view, nace.get(), branchName, geos, from.get(), to.get()));
    }

    static String branchName(Lang lang, DataView view, String nace) {
        return view.branch(EuropeData.branch(nace)).map(b -> b.name(lang.code)).orElse(nace);
    }
}
