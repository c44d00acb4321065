package org.convener.platform.imports;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.convener.platform.CliCommand;
import org.convener.platform.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
        name = "import",
        mixinStandardHelpOptions = true,
        description = {
            "Imports the official results, notionals, by-elections, MPs, hex map, polls and Commons divisions.",
            "Reads the files from --data-dir, else CONVENER_DATA_DIR, else ../shared/data beside Convener;"
                    + " with none of these, downloads the files that have a stable public address into"
                    + " var/downloads and names the ones it could not get.",
            "Each dataset is imported all or nothing, and a bad file is reported by file, line, column"
                    + " and reason. Datasets whose files have not changed since the last import are skipped."
        })
class ImportCommand implements CliCommand, Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--data-dir", paramLabel = "DIR", description = "The folder holding the data files.")
    Path dataDir;

    @Option(names = "--download", description = "Download from the publishers even when a data directory is found.")
    boolean download;

    @Option(names = "--force", description = "Import every dataset again, even those whose files have not changed.")
    boolean force;

    private final DatasetImports imports;
    private final DataDownloads downloads;
    private final Workspace workspace;

    ImportCommand(DatasetImports imports, DataDownloads downloads, Workspace workspace) {
        this.imports = imports;
        this.downloads = downloads;
        this.workspace = workspace;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        var progress = new ConsoleProgress(out, System.console() != null);
        if (dataDir != null && !Files.isDirectory(dataDir)) {
            err.println("error: data directory " + dataDir.toAbsolutePath() + " does not exist");
            return 1;
        }
        Path directory = download ? null : workspace.findDataDir(dataDir).orElse(null);
        if (directory == null) {
            directory = workspace.downloads();
            out.println("No data directory found; downloading from the publishers into " + directory);
            var report = downloads.fetch(imports.datasets(), directory, progress);
            progress.endBar();
            report.fetched().forEach(name -> out.println("  downloaded " + name));
            report.notFetched().forEach((name, why) -> out.println("  could not get " + name + ": " + why));
        }
        out.println("Importing from " + directory);
        var outcomes = imports.importAll(directory, progress, force);
        progress.endBar();
        ImportReport.write(outcomes, imports, out);
        return ImportReport.succeeded(outcomes) ? 0 : 1;
    }
}
