import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;

import javax.tools.ToolProvider;

import com.sun.tools.attach.VirtualMachine;

/**
 * Makes the class-data archive (app-cds.jsa) of a packaged app from a real run: the app starts on a fresh
 * database of its own in a temporary folder (so it imports the bundled data), serves a page of every kind,
 * and stops; the JVM then writes every class it loaded to the archive, which bin/industriemonitor maps.
 * Quarkus' own archive (quarkus.package.jar.appcds) holds only the classes of its static start, not those of
 * the database, Hibernate's queries, the routes or the templates, which a start then reads from the jars.
 *
 * <p>Run by the package step (pom.xml) as a single-file program: {@code java bin/TrainClassData.java
 * target/quarkus-app bin/jvm.options [h2|postgresql]}, with the JVM options the launcher uses. It needs only
 * the JDK. The H2 build trains on an embedded database in the temporary folder. The PostgreSQL build needs a
 * database of its own for the training, which it fills with the bundled data, named in the environment
 * ({@code INDUSTRIEMONITOR_TRAINING_JDBC_URL}, {@code _USERNAME}, {@code _PASSWORD}); without one it keeps
 * Quarkus' archive. An app that does not start in the training run fails the build: it would not start for
 * its users either.
 *
 * <p>Java 17 archives only the classes that are linked when the run ends, and it links at exit only those of the
 * JDK's own class loaders, not of Quarkus' (where Hibernate, H2 and the app live). A class that was loaded but
 * never linked (looked at by reflection or a verifier, not run) was read from its jar on every start: about
 * 2,600 classes. So after the pages of the training run, a small agent is attached that links every class loaded,
 * without initialising it ({@link #LINKER}). It is attached, not given with {@code -javaagent}: an agent on the
 * command line would need {@code -XX:+AllowArchivingWithJavaAgent}, and then every start warns that the archive is
 * for tests only.
 */
public class TrainClassData {

    /** What a reader and a link preview ask for, so that their code is in the archive. */
    private static final List<String> PATHS = List.of("/nl/", "/en/", "/nl/sector/20", "/en/sector/24?measure=yoy_ca",
            "/nl/compare?sectors=C,20,21&measure=index_sa&from=2021-01", "/nl/group/energy-intensive",
            "/nl/revisions?sector=C&month=2025-11&measure=yoy_ca", "/nl/data", "/nl/releases", "/nl/releases.atom",
            "/nl/sector/20.csv", "/nl/sector/20.json", "/nl/sector/20.png", "/embed/nl/sector/20", "/nl/nowhere",
            "/admin/login", "/q/health/ready", "/css/app.css", "/js/charts.js", "/webjars/chart.js/dist/chart.umd.js");
    private static final Pattern LISTENING = Pattern.compile("Listening on: http://[^:]+:(\\d+)");
    private static final Duration START = Duration.ofMinutes(3);
    /**
     * The agent attached at the end of the training run: it asks every loaded class for its fields, which links the
     * class (the JVM links a class before it answers) and runs none of its code. A class that cannot be linked stays
     * out of the archive, as before.
     */
    private static final String LINKER = """
            import java.lang.instrument.Instrumentation;

            public class LinkLoadedClasses {
                public static void agentmain(String args, Instrumentation instrumentation) {
                    for (Class<?> c : instrumentation.getAllLoadedClasses()) {
                        if (!c.isArray() && !c.isPrimitive() && !c.isHidden()) {
                            try {
                                c.getDeclaredFields();
                            } catch (Throwable notLinkable) {
                                // left out of the archive, as the JVM would leave it
                            }
                        }
                    }
                }
            }
            """;

    public static void main(String[] args) throws Exception {
        Path app = Path.of(args[0]).toAbsolutePath();
        List<String> options = Files.readAllLines(Path.of(args[1])).stream().map(l -> l.replaceAll("#.*", "").strip())
                .filter(l -> !l.isEmpty()).toList();
        Path archive = app.resolve("app-cds.jsa");
        String database = args.length > 2 ? args[2] : "h2";
        String trainingUrl = System.getenv("INDUSTRIEMONITOR_TRAINING_JDBC_URL");
        if (!"h2".equals(database) && trainingUrl == null) {
            System.out.println("class-data training: skipped (the " + database + " build needs a database of its own"
                    + " for it in INDUSTRIEMONITOR_TRAINING_JDBC_URL); the app keeps Quarkus' archive");
            return;
        }
        Path work = Files.createTempDirectory("industriemonitor-cds-");
        Path log = work.resolve("training.log");
        Files.deleteIfExists(archive);
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(options);
        if ("h2".equals(database)) {
            // never a database named in the environment for running the app
            command.add("-Dquarkus.datasource.jdbc.url=jdbc:h2:file:" + work.resolve("data/industriemonitor")
                    + ";DB_CLOSE_ON_EXIT=FALSE");
        } else {
            command.add("-Dquarkus.datasource.jdbc.url=" + trainingUrl);
            command.add("-Dquarkus.datasource.username=" + System.getenv().getOrDefault(
                    "INDUSTRIEMONITOR_TRAINING_JDBC_USERNAME", "industriemonitor"));
            command.add("-Dquarkus.datasource.password=" + System.getenv().getOrDefault(
                    "INDUSTRIEMONITOR_TRAINING_JDBC_PASSWORD", ""));
        }
        command.addAll(List.of("-XX:ArchiveClassesAtExit=app-cds.jsa", "-Dindustriemonitor.work-dir=" + work,
                "-Dquarkus.http.host=127.0.0.1", "-Dquarkus.http.port=0", "-Dindustriemonitor.cbs.refresh-on-start=false",
                "-Dindustriemonitor.cbs.refresh-cron=off", "-jar", "quarkus-run.jar"));
        Instant began = Instant.now();
        Process process = new ProcessBuilder(command).directory(app.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        try {
            int port = port(log, process);
            HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
            for (String path : PATHS) {
                HttpResponse<Void> response = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                        .header("Accept-Encoding", "gzip, deflate, br").timeout(START).build(),
                        HttpResponse.BodyHandlers.discarding());
                System.out.println("class-data training: " + response.statusCode() + " " + path);
            }
            link(process, work);
        } finally {
            // a normal exit, on which the JVM writes the archive
            process.destroy();
            if (!process.waitFor(5, TimeUnit.MINUTES)) {
                process.destroyForcibly();
            }
        }
        if (Files.isRegularFile(archive)) {
            System.out.printf("class-data training: %s (%d MB) in %d s%n", archive, Files.size(archive) >> 20,
                    Duration.between(began, Instant.now()).toSeconds());
            delete(work);
        } else {
            System.out.println("class-data training: no archive was written; the app starts without one. Log: " + log);
        }
    }

    /** The port the app says it listens on, once its data are read (it answers /nl/ only then). */
    private static int port(Path log, Process process) throws IOException, InterruptedException {
        Instant until = Instant.now().plus(START);
        while (Instant.now().isBefore(until)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the app stopped during the training run; see " + log);
            }
            Matcher m = LISTENING.matcher(Files.readString(log));
            if (m.find()) {
                return Integer.parseInt(m.group(1));
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("the app did not start within " + START + "; see " + log);
    }

    /** Links the classes the app loaded ({@link #LINKER}); without it the archive holds fewer, as before. */
    private static void link(Process process, Path work) {
        try {
            VirtualMachine vm = VirtualMachine.attach(String.valueOf(process.pid()));
            try {
                vm.loadAgent(linker(work).toString());
            } finally {
                vm.detach();
            }
            System.out.println("class-data training: linked the classes loaded");
        } catch (Exception e) {
            System.out.println("class-data training: could not link the classes loaded (" + e
                    + "); the archive leaves out those never linked");
        }
    }

    /** The agent {@link #LINKER}, compiled into a jar in {@code work}. */
    private static Path linker(Path work) throws IOException {
        Path source = work.resolve("linker/LinkLoadedClasses.java");
        Files.createDirectories(source.getParent());
        Files.writeString(source, LINKER);
        if (ToolProvider.getSystemJavaCompiler().run(null, null, null, "-d", source.getParent().toString(),
                source.toString()) != 0) {
            throw new IllegalStateException("could not compile the class-linking agent " + source);
        }
        Path jar = work.resolve("link-loaded-classes.jar");
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().putValue("Agent-Class", "LinkLoadedClasses");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar), manifest)) {
            out.putNextEntry(new ZipEntry("LinkLoadedClasses.class"));
            out.write(Files.readAllBytes(source.resolveSibling("LinkLoadedClasses.class")));
            out.closeEntry();
        }
        return jar;
    }

    private static void delete(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path f : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(f);
            }
        }
    }
}
