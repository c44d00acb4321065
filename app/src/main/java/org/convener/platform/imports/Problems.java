package org.convener.platform.imports;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects the problems in an input so that one run reports many of them, not just the first;
 * stops collecting past a limit so a wholly wrong file does not flood the console.
 */
public final class Problems {

    private static final int LIMIT = 25;

    private final List<ImportProblem> problems = new ArrayList<>();
    private int count;

    public void add(ImportProblem problem) {
        count++;
        if (problems.size() < LIMIT) {
            problems.add(problem);
        }
    }

    public void addAll(ImportException failure) {
        failure.problems().forEach(this::add);
    }

    /** Runs one step of validation, keeping its problems and carrying on. */
    public void check(Runnable step) {
        try {
            step.run();
        } catch (ImportException failure) {
            addAll(failure);
        }
    }

    public boolean isEmpty() {
        return count == 0;
    }

    public void throwIfAny() {
        if (count == 0) {
            return;
        }
        var reported = new ArrayList<>(problems);
        if (count > LIMIT) {
            var last = problems.get(LIMIT - 1);
            reported.add(ImportProblem.inFile(last.file(), "… and " + (count - LIMIT) + " more problems"));
        }
        throw new ImportException(reported);
    }
}
