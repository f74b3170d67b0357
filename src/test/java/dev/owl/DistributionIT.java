package dev.owl;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** After packaging: the release archive unpacks and runs on its own, from any directory. */
class DistributionIT {
    @TempDir
    Path tmp;

    private record Run(int code, String out, String err) {}

    private Run run(Path dir, String... command) throws IOException, InterruptedException {
        return run(dir, java.util.Map.of(), command);
    }

    private Run run(Path dir, java.util.Map<String, String> env, String... command) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile());
        pb.environment().put("XDG_CACHE_HOME", tmp.resolve("cache").toString());
        pb.environment().put("OWL_CONFIG", "/dev/null");
        env.forEach((k, v) -> {
            if (v == null) {
                pb.environment().remove(k);
            } else {
                pb.environment().put(k, v);
            }
        });
        Process p = pb.start();
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(dev.owl.NoHang.LIMIT.toSeconds(), TimeUnit.SECONDS)).isTrue();
        return new Run(p.exitValue(), out, err);
    }

    private static final String VERSION = System.getProperty("project.version", "0.1.0");

    /** The release archive unpacked into a directory whose name has a space. */
    private Path unpacked() throws Exception {
        Path archive = Path.of("target", "owl-" + VERSION + ".tar.gz").toAbsolutePath();
        assertThat(archive).exists();
        Path unpack = Files.createDirectories(tmp.resolve("install dir"));
        assertThat(run(unpack, "tar", "xzf", archive.toString()).code()).isZero();
        return unpack.resolve("owl-" + VERSION);
    }

    @Test
    void theTarGzUnpacksAndRuns() throws Exception {
        String version = VERSION;
        assertThat(Path.of("target", "owl-" + version + ".zip")).exists();
        Path home = unpacked();
        for (String f : List.of("bin/owl", "bin/owl.cmd", "lib/owl.jar", "README.md", "LICENSE", "NOTICE", "completion/owl.bash",
                "completion/owl.zsh", "completion/owl.fish", "man/man1/owl.1", "man/man1/owl-license-check.1")) {
            assertThat(home.resolve(f)).as(f).exists();
        }
        Run v = run(tmp, home.resolve("bin/owl").toString(), "--version");
        assertThat(v.code()).as(v.err()).isZero();
        assertThat(v.out()).isEqualTo("owl " + version + "\n");
        Run list = run(tmp, home.resolve("bin/owl").toString(), "list", "--format", "json");
        assertThat(list.code()).as(list.err()).isZero();
        assertThat(list.out()).startsWith("[");
        assertThat(Files.readString(home.resolve("completion/owl.bash"))).contains("_complete_owl");
        // the class-data archive and the training log live in the user's cache; nothing lands in the
        // current directory, and the JDK 25 training's 20+ MB configuration file is not left behind
        try (var cached = Files.list(tmp.resolve("cache/owl"))) {
            assertThat(cached.map(p -> p.getFileName().toString()).toList())
                    .anyMatch(n -> n.endsWith("-list-json.jsa") || n.endsWith("-list-json.aot")) // list as JSON: its own archive
                    .anyMatch(n -> n.endsWith("-version.jsa") || n.endsWith("-version.aot")) // a bare --version: its own too
                    .anyMatch(n -> n.endsWith(".home")) // the JDK whose own archive it rests on
                    .noneMatch(n -> n.endsWith(".aot.config") || n.startsWith("hs_err"));
        }
        try (var cwd = Files.list(tmp)) {
            assertThat(cwd.map(p -> p.getFileName().toString()).toList()).noneMatch(n -> n.startsWith("hs_err"));
        }
    }

    /** {@code ln -s /opt/owl/bin/owl /usr/local/bin/owl}: the launcher finds its jar through the link, absolute or relative. */
    @Test
    void theLauncherRunsThroughASymlink() throws Exception {
        Path home = unpacked();
        Path bin = Files.createDirectories(tmp.resolve("usr/local/bin"));
        Path absolute = Files.createSymbolicLink(bin.resolve("owl"), home.resolve("bin/owl"));
        Path relative = Files.createSymbolicLink(bin.resolve("owl-rel"), bin.relativize(home.resolve("bin/owl")));
        Path chained = Files.createSymbolicLink(tmp.resolve("owl-chain"), absolute);
        for (Path link : List.of(absolute, relative, chained)) {
            Run v = run(tmp, link.toString(), "--version");
            assertThat(v.code()).as(link + ": " + v.err()).isZero();
            assertThat(v.out()).isEqualTo("owl " + VERSION + "\n");
        }
    }

    /** Without Java the launcher says what to install instead of the shell's "exec: java: not found". */
    @Test
    void aMissingJavaSaysWhatToInstall() throws Exception {
        Path home = unpacked();
        java.util.Map<String, String> noJava = new java.util.HashMap<>();
        noJava.put("JAVA_HOME", null);
        noJava.put("PATH", tmp.resolve("empty-bin").toString());
        Run none = run(tmp, noJava, home.resolve("bin/owl").toString(), "--version");
        assertThat(none.code()).isEqualTo(127);
        assertThat(none.out()).isEmpty();
        assertThat(none.err()).contains("needs Java 17 or newer").contains("JAVA_HOME").contains("https://adoptium.net")
                .doesNotContain("not found");
        Run badHome = run(tmp, java.util.Map.of("JAVA_HOME", tmp.resolve("no-jdk").toString()), home.resolve("bin/owl").toString(), "list");
        assertThat(badHome.code()).isEqualTo(127);
        assertThat(badHome.err()).contains("has no bin/java");
    }

    /** owl ships under Apache-2.0: the LICENSE is the exact text whose hash the catalog cites for apache-2.0. */
    @Test
    void theLicenseIsTheTextTheCatalogCitesForApache20() throws Exception {
        String cited = Files.readAllLines(Path.of("catalog/licenses/apache-2.0.yaml")).stream()
                .filter(l -> l.startsWith("text_sha256:")).map(l -> l.substring(l.indexOf(':') + 1).trim())
                .findFirst().orElseThrow();
        byte[] hash = java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(Path.of("LICENSE")));
        assertThat(java.util.HexFormat.of().formatHex(hash)).isEqualTo(cited);
    }

    /** Every library inside the jar is named in NOTICE with its license, and the jar carries owl's own LICENSE and NOTICE. */
    @Test
    void noticeNamesEveryBundledLibrary() throws Exception {
        String notice = Files.readString(Path.of("NOTICE"));
        List<String> bundled = new java.util.ArrayList<>();
        try (java.util.zip.ZipFile jar = new java.util.zip.ZipFile(Path.of("target", "owl.jar").toFile())) {
            jar.stream().map(java.util.zip.ZipEntry::getName)
                    .filter(n -> n.startsWith("META-INF/maven/") && n.endsWith("/pom.properties"))
                    .map(n -> n.split("/"))
                    .filter(parts -> !parts[2].equals("dev.owl"))
                    .forEach(parts -> bundled.add(parts[2] + ":" + parts[3]));
            assertThat(new String(jar.getInputStream(jar.getEntry("META-INF/LICENSE")).readAllBytes(), StandardCharsets.UTF_8))
                    .isEqualTo(Files.readString(Path.of("LICENSE")));
            assertThat(new String(jar.getInputStream(jar.getEntry("META-INF/NOTICE")).readAllBytes(), StandardCharsets.UTF_8))
                    .isEqualTo(notice);
            assertThat(jar.getEntry("META-INF/FastDoubleParser-LICENSE")).isNotNull();
            // picocli is compiled from its sources (no pom.properties of its own): Java 17 class files, so
            // class-data sharing can archive them, and named in NOTICE like the rest.
            byte[] header = jar.getInputStream(jar.getEntry("picocli/CommandLine.class")).readNBytes(8);
            assertThat(((header[6] & 0xff) << 8) | (header[7] & 0xff)).as("class file major version").isEqualTo(61);
            bundled.add("info.picocli:picocli");
        }
        assertThat(bundled).hasSizeGreaterThanOrEqualTo(5);
        assertThat(bundled).allSatisfy(artifact -> assertThat(notice).as("NOTICE names %s", artifact).contains(artifact));
    }
}
