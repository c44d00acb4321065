package org.convener.platform.imports;

import java.util.List;
import java.util.stream.Collectors;

/** An input that cannot be imported, with every problem found (up to a limit). */
public class ImportException extends RuntimeException {

    private final List<ImportProblem> problems;

    public ImportException(List<ImportProblem> problems) {
        super(describe(problems));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("an import failure needs at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    public ImportException(ImportProblem problem) {
        this(List.of(problem));
    }

    public List<ImportProblem> problems() {
        return problems;
    }

    private static String describe(List<ImportProblem> problems) {
        return problems.stream().map(ImportProblem::toString).collect(Collectors.joining("\n"));
    }
}
