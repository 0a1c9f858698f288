package org.claimdesk.dataset;

import java.util.Comparator;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.claimdesk.base.ForbiddenException;
import org.claimdesk.base.InvalidInputException;
import org.claimdesk.base.NotFoundException;
import org.claimdesk.project.CommandLineMember;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar claimdesk.jar export --project=NAME --format=ID --out=DIR [--layer=gold]
 * [--as=USER] [--split=0.8,0.1,0.1|none] [--salt=S] [--labels=A,B] [--state=finished]}: the
 * export without a web server. It acts as a project member (default: the project's first owner),
 * so the same role checks apply as over the API. The files appear in DIR only when the export is
 * complete (written beside it, then moved).
 */
@Component
public class ExportCommand {
    private final DatasetExporter exporter;
    private final CommandLineMember member;

    ExportCommand(DatasetExporter exporter, CommandLineMember member) {
        this.exporter = exporter;
        this.member = member;
    }

    public static final String USAGE = """
            Usage: java -jar claimdesk.jar export --project=NAME|ID --format=FORMAT --out=DIR
                     [--layer=gold|all|USER] [--as=USER] [--split=0.8,0.1,0.1|none] [--salt=TEXT]
                     [--labels=CLAIM,DENIAL] [--state=finished] [--include-empty]
            Formats: jsonl conll bioes hf spacy brat labelstudio doccano w3c claimreview csv""";

    /** Runs the export; returns the process exit code. */
    public int run(Map<String, String> options, PrintStream out, PrintStream err) {
        try {
            String projectRef = required(options, "project");
            String format = required(options, "format");
            Path dir = Path.of(required(options, "out")).toAbsolutePath().normalize();
            if (Files.exists(dir) && (!Files.isDirectory(dir) || hasFiles(dir))) {
                throw new InvalidInputException(dir + " exists and is not an empty directory.");
            }
            long projectId = member.signIn(options.get("as"), projectRef);
            ExportRequest request = new ExportRequest(format, options.getOrDefault("layer", ExportRequest.GOLD),
                    ExportRequest.parseList(options.get("labels")), ExportRequest.parseStates(options.get("state")), List.of(),
                    options.containsKey("include-empty"),
                    SplitPlan.parse(options.getOrDefault("split", "0.8,0.1,0.1"),
                            options.getOrDefault("salt", SplitPlan.DEFAULT_SALT)));
            exporter.check(projectId, request);
            Path partial = dir.resolveSibling(dir.getFileName() + ".partial");
            deleteTree(partial);
            Files.createDirectories(partial);
            long started = System.nanoTime();
            DatasetExporter.Summary summary = exporter.export(projectId, request, ExportFiles.directory(partial),
                    new ExportProgress() {
                        @Override
                        public void advanced(long done, long total) {
                            err.printf("\r%d / %d documents", done, total);
                        }
                    });
            err.println();
            if (Files.exists(dir)) {
                Files.delete(dir);
            }
            Files.move(partial, dir, StandardCopyOption.ATOMIC_MOVE);
            out.printf("Exported %d document layers, %d spans, %d relations as %s into %s in %.1f s:%n  %s%n",
                    summary.documents(), summary.spans(), summary.relations(), format, dir,
                    (System.nanoTime() - started) / 1e9, String.join("\n  ", summary.files()));
            return 0;
        } catch (InvalidInputException | NotFoundException | ForbiddenException e) {
            err.println("export: " + e.getMessage());
            err.println(USAGE);
            return 2;
        } catch (IOException e) {
            err.println("export: " + e.getMessage());
            return 1;
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    /** Parses "--key=value" and "--flag" arguments. */
    public static Map<String, String> parse(String[] args) {
        return Arrays.stream(args).filter(a -> a.startsWith("--"))
                .collect(Collectors.toMap(a -> a.substring(2).split("=", 2)[0],
                        a -> a.contains("=") ? a.substring(a.indexOf('=') + 1) : "true", (a, b) -> b));
    }

    private static String required(Map<String, String> options, String key) {
        String v = options.get(key);
        if (v == null || v.isBlank() || v.equals("true")) {
            throw new InvalidInputException("--" + key + " is required.");
        }
        return v;
    }

    private static boolean hasFiles(Path dir) throws IOException {
        try (var s = Files.list(dir)) {
            return s.findAny().isPresent();
        }
    }

    private static void deleteTree(Path p) throws IOException {
        if (!Files.exists(p)) {
            return;
        }
        try (var walk = Files.walk(p)) {
            for (Path x : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(x);
            }
        }
    }

}
