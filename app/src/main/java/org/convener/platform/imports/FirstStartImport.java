package org.convener.platform.imports;

import java.io.PrintWriter;
import org.convener.platform.Workspace;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * On the first start of the server, with an empty database, imports the official data when a data
 * directory is found, before the server accepts requests; otherwise says how to import.
 */
@Component
@ConditionalOnProperty(name = "convener.import-on-start", havingValue = "true")
class FirstStartImport implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(FirstStartImport.class);

    private final DatasetImports imports;
    private final Workspace workspace;

    FirstStartImport(DatasetImports imports, Workspace workspace) {
        this.imports = imports;
        this.workspace = workspace;
    }

    @Override
    public void afterSingletonsInstantiated() {
        if (!imports.nothingImported()) {
            return;
        }
        var directory = workspace.findDataDir(null);
        if (directory.isEmpty()) {
            log.warn("No data has been imported and no data directory was found. "
                    + "Run ./convener import --data-dir DIR (or set CONVENER_DATA_DIR) to load the official results.");
            return;
        }
        log.info("First start: importing the official data from {}", directory.get());
        var out = new PrintWriter(System.out, true);
        var outcomes = imports.importAll(directory.get(), new ConsoleProgress(out, false));
        ImportReport.write(outcomes, imports, out);
    }
}
