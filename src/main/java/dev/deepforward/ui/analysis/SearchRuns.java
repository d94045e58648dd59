package dev.deepforward.ui.analysis;

import dev.deepforward.engine.run.Search;
import java.util.List;

/** What the search charts draw: the finished runs, the dimensions searched and the best run. */
record SearchRuns(List<Search.Result> results, List<SearchField> fields, Search.Result best) {

    static final SearchRuns EMPTY = new SearchRuns(List.of(), List.of(), null);

    /** The metric: validation accuracy (NaN for failed or invalid configurations). */
    static double metric(Search.Result r) {
        return r.summary() == null ? Double.NaN : r.summary().validationAccuracy();
    }

    /** The finished runs with a metric to plot. */
    List<Search.Result> plotted() {
        return results.stream().filter(r -> !Double.isNaN(metric(r))).toList();
    }

    static Search.Result bestOf(List<Search.Result> results) {
        Search.Result best = null;
        for (Search.Result r : results) {
            if (!Double.isNaN(metric(r)) && (best == null || metric(r) > metric(best))) {
                best = r;
            }
        }
        return best;
    }
}
