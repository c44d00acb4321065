package org.convener.platform;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where Convener keeps its own state and where it looks for the official data.
 *
 * @param home the installation directory ({@code ./convener} passes its own), default the working directory
 * @param varDir the database cluster and downloads, default {@code home/var}
 * @param dataDir the official data files, from {@code CONVENER_DATA_DIR}; unset means look beside the installation
 */
@ConfigurationProperties("convener")
public record Workspace(Path home, Path varDir, Path dataDir) {

    public Workspace {
        home = (home == null ? Path.of(".") : home).toAbsolutePath().normalize();
        varDir =
                (varDir == null ? home.resolve("var") : varDir).toAbsolutePath().normalize();
        if (dataDir != null) {
            dataDir = dataDir.toAbsolutePath().normalize();
        }
    }

    /**
     * The official data directory: the one given on the command line, else {@code CONVENER_DATA_DIR},
     * else {@code ../shared/data} beside the installation when it exists.
     */
    public Optional<Path> findDataDir(Path requested) {
        if (requested != null) {
            return Optional.of(requested.toAbsolutePath().normalize());
        }
        if (dataDir != null) {
            return Optional.of(dataDir);
        }
        Path beside = home.resolve("../shared/data").normalize();
        return Files.isDirectory(beside) ? Optional.of(beside) : Optional.empty();
    }

    public Path downloads() {
        return varDir.resolve("downloads");
    }
}
