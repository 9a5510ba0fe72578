package goalbook.workbook;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs LibreOffice and the system Python for integration tests; a missing tool fails the test. */
public final class ExternalTools {

    public record Result(int exitCode, String output) {}

    private ExternalTools() {}

    /** {@code soffice --headless --convert-to <format> --outdir <outDir> <file>} with a private profile, so runs do not collide. */
    public static Result convert(Path file, String format, Path outDir, Path scratch) throws Exception {
        return convert(file, null, format, outDir, scratch);
    }

    /** Like {@link #convert(Path, String, Path, Path)}, reading the file with {@code --infilter=<inFilter>}, e.g. CSV options. */
    public static Result convert(Path file, String inFilter, String format, Path outDir, Path scratch) throws Exception {
        Path profile = Files.createDirectories(scratch.resolve("lo-profile"));
        List<String> command = new ArrayList<>(List.of(tool("soffice"), "-env:UserInstallation=" + profile.toUri(), "--headless", "--norestore"));
        if (inFilter != null) {
            command.add("--infilter=" + inFilter);
        }
        command.addAll(List.of("--convert-to", format, "--outdir", outDir.toString(), file.toString()));
        return run(command);
    }

    public static Result python(List<String> args) throws Exception {
        Path python = Path.of("/usr/bin/python3");
        if (!Files.isExecutable(python)) {
            throw new AssertionError("/usr/bin/python3 is required for this integration test");
        }
        List<String> command = new ArrayList<>();
        command.add(python.toString());
        command.addAll(args);
        return run(command);
    }

    private static String tool(String name) {
        for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin").split(":")) {
            Path p = Path.of(dir, name);
            if (Files.isExecutable(p)) {
                return p.toString();
            }
        }
        throw new AssertionError(name + " is required for this integration test but is not on PATH");
    }

    private static Result run(List<String> command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        byte[] out = p.getInputStream().readAllBytes();
        if (!p.waitFor(180, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("timed out: " + command);
        }
        return new Result(p.exitValue(), new String(out, StandardCharsets.UTF_8));
    }
}
