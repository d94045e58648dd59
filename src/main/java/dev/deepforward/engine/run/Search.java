package dev.deepforward.engine.run;

import dev.deepforward.data.DataException;
import dev.deepforward.data.DataPreparer;
import dev.deepforward.data.PreparedData;
import dev.deepforward.engine.NativeThreads;
import dev.deepforward.spec.LayerSpec;
import dev.deepforward.spec.Problems;
import dev.deepforward.spec.RunSpec;
import dev.deepforward.spec.SearchDimension;
import dev.deepforward.spec.SearchSpace;
import dev.deepforward.spec.Variant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Grid or random search: many short runs of variations of one spec, one after the other on a background
 * thread, each result reported as soon as its run ends. Every run trains with the base spec's seed, so
 * configurations differ only by the hyperparameters searched.
 */
public final class Search implements AutoCloseable {

    /**
     * One configuration's outcome.
     *
     * @param index   0-based position in the search
     * @param values  path → value tried
     * @param spec    the full spec trained (null when it did not fit)
     * @param summary how the run ended (null when the configuration was invalid)
     * @param error   why the configuration could not run, or null
     * @param seconds wall time of the run
     */
    public record Result(int index, Map<String, Object> values, RunSpec spec, RunSummary summary, String error,
                         double seconds) {
    }

    private final RunSpec base;
    private final List<Map<String, Object>> configurations;
    private final Consumer<Result> sink;
    private final List<Result> results = Collections.synchronizedList(new ArrayList<>());
    private final Map<DataKey, PreparedData> data = new HashMap<>();
    private volatile boolean cancelled;
    private final JobThread thread = new JobThread();

    public Search(RunSpec base, SearchSpace space, Consumer<Result> sink) throws RunSetupException {
        Problems problems = space.problems("space");
        problems.addAll(base.problems(""));
        if (!problems.isEmpty()) {
            throw new RunSetupException("the search cannot start:\n" + problems);
        }
        this.base = base;
        this.configurations = configurations(space);
        this.sink = sink;
    }

    /** The configurations a space describes: every grid combination (in order) or seeded random draws. */
    public static List<Map<String, Object>> configurations(SearchSpace space) {
        List<Map<String, Object>> out = new ArrayList<>();
        if (space.random()) {
            SplittableRandom random = new SplittableRandom(space.seed());
            for (int i = 0; i < space.budget(); i++) {
                Map<String, Object> config = new LinkedHashMap<>();
                for (SearchDimension d : space.dimensions()) {
                    config.put(d.path(), d.isRange() ? d.rangeValue(random.nextDouble())
                            : d.values().get(random.nextInt(d.values().size())));
                }
                out.add(config);
            }
            return out;
        }
        addGrid(space.dimensions(), 0, new LinkedHashMap<>(), out, space.budget());
        return out;
    }

    private static void addGrid(List<SearchDimension> dims, int d, Map<String, Object> partial,
                                List<Map<String, Object>> out, int budget) {
        if (out.size() >= budget) {
            return;
        }
        if (d == dims.size()) {
            out.add(new LinkedHashMap<>(partial));
            return;
        }
        for (Object value : dims.get(d).gridValues()) {
            partial.put(dims.get(d).path(), value);
            addGrid(dims, d + 1, partial, out, budget);
        }
        partial.remove(dims.get(d).path());
    }

    /** The base spec with a configuration's values set; the depth is set first, so layer wildcards reach new layers. */
    public static RunSpec apply(RunSpec base, Map<String, Object> values, Problems problems) {
        RunSpec spec = base;
        Map<String, Object> rest = new LinkedHashMap<>(values);
        Object depth = rest.remove(SearchDimension.DEPTH);
        if (depth != null) {
            if (!(depth instanceof Number n) || n.doubleValue() < 0 || n.doubleValue() > 32
                    || n.doubleValue() != Math.rint(n.doubleValue())) {
                problems.add(SearchDimension.DEPTH, "must be a whole number of layers between 0 and 32");
                return null;
            }
            List<LayerSpec> hidden = new ArrayList<>(spec.network().hidden());
            LayerSpec template = hidden.isEmpty() ? LayerSpec.defaults() : hidden.get(hidden.size() - 1);
            while (hidden.size() > n.intValue()) {
                hidden.remove(hidden.size() - 1);
            }
            while (hidden.size() < n.intValue()) {
                hidden.add(template);
            }
            spec = spec.withNetwork(spec.network().withHidden(hidden));
        }
        if (rest.isEmpty()) {
            return spec;
        }
        RunSpec changed = new Variant("search", "", rest).applyTo(spec, "", problems);
        return changed == null ? null : changed.withName(base.name());
    }

    public List<Map<String, Object>> configurations() {
        return configurations;
    }

    /** Results so far, in the order the runs ended. */
    public List<Result> results() {
        synchronized (results) {
            return List.copyOf(results);
        }
    }

    /** Starts the runs on a background thread. */
    public void start() {
        thread.start(this::runAll, "search " + base.name());
    }

    /** Stops after the current run's next iteration; finished results stay. */
    public void cancel() {
        cancelled = true;
    }

    public boolean isCancelled() {
        return cancelled;
    }

    /** Waits for every run (or the cancellation) to finish; false on timeout. */
    public boolean await(long timeout, TimeUnit unit) throws InterruptedException {
        return thread.await(timeout, unit);
    }

    @Override
    public void close() {
        cancel();
        try {
            await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void runAll() {
        NativeThreads.ensureConfigured();
        for (int i = 0; i < configurations.size() && !cancelled; i++) {
            Map<String, Object> values = configurations.get(i);
            long start = System.nanoTime();
            Result result;
            try {
                result = runOne(i, values, start);
            } catch (RuntimeException e) {
                result = new Result(i, values, null, null, String.valueOf(e.getMessage()), seconds(start));
            }
            results.add(result);
            sink.accept(result);
        }
    }

    private Result runOne(int index, Map<String, Object> values, long start) {
        Problems problems = new Problems();
        RunSpec spec = apply(base, values, problems);
        if (spec == null) {
            return new Result(index, values, null, null, problems.toString().trim(), seconds(start));
        }
        PreparedData prepared = data.get(DataKey.of(spec));
        if (prepared == null) {
            try {
                prepared = DataPreparer.prepare(spec.data(), spec.seed());
            } catch (DataException e) {
                return new Result(index, values, spec, null, "the data cannot be loaded: " + e.getMessage(),
                        seconds(start));
            }
            data.put(DataKey.of(spec), prepared);
        }
        RunCore core = new RunCore("#" + (index + 1), spec, prepared, event -> { });
        core.markRunning();
        while (!core.isDone()) {
            if (cancelled) {
                core.end(RunState.STOPPED, null, null);
                break;
            }
            try {
                core.iterate();
            } catch (RuntimeException e) {
                core.end(RunState.FAILED, null, String.valueOf(e.getMessage()));
            }
        }
        return new Result(index, values, spec, core.summary(), null, seconds(start));
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }
}
