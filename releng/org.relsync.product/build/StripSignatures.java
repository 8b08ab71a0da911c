import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Enumeration;
import java.util.jar.Attributes;
import java.util.jar.Manifest;
import java.util.regex.Pattern;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Removes the jar signatures from the bundles of a materialized product:
 * {@code java StripSignatures.java PLUGINS_FOLDER...}.
 * <p>
 * Why: the JVM verifies a signed jar's digests as it loads classes from it (the launcher and the
 * OSGi framework are loaded that way), and it leaves every class of a signed jar, and every class
 * that implements one of its interfaces, out of a class-data-sharing archive. Unsigned, the
 * headless product starts about a third faster with the archive {@code ./relsync} makes. The
 * signatures still travel with the p2 repository the product is built from; Equinox does not
 * check them when it runs a product (signed-content support is off by default).
 * <p>
 * Only the signature files ({@code META-INF/*.SF}, {@code .RSA}, {@code .DSA}, {@code .EC}) and the
 * per-entry digests of the manifest go; every other entry is copied as it was (method, time, bytes).
 * A jar is replaced atomically, and only when it was signed.
 */
public final class StripSignatures {

    private static final Pattern SIGNATURE = Pattern.compile("META-INF/[^/]+\\.(SF|RSA|DSA|EC)", Pattern.CASE_INSENSITIVE);

    public static void main(String[] args) throws IOException {
        if (args.length == 0 || !java.util.Arrays.stream(args).map(Path::of).allMatch(Files::isDirectory)) {
            System.err.println("usage: java StripSignatures.java PLUGINS_FOLDER...");
            System.exit(2);
        }
        for (String folder : args) {
            int stripped = 0;
            try (DirectoryStream<Path> jars = Files.newDirectoryStream(Path.of(folder), "*.jar")) {
                for (Path jar : jars) {
                    if (strip(jar)) {
                        stripped++;
                    }
                }
            }
            System.out.println("StripSignatures: " + stripped + " signed jars in " + folder + " now unsigned");
        }
    }

    private static boolean strip(Path jar) throws IOException {
        Path temp = jar.resolveSibling(jar.getFileName() + ".unsigned");
        try (ZipFile in = new ZipFile(jar.toFile())) {
            if (in.stream().noneMatch(e -> SIGNATURE.matcher(e.getName()).matches())) {
                return false;
            }
            try (OutputStream file = Files.newOutputStream(temp); ZipOutputStream out = new ZipOutputStream(file)) {
                for (Enumeration<? extends ZipEntry> entries = in.entries(); entries.hasMoreElements();) {
                    ZipEntry entry = entries.nextElement();
                    if (SIGNATURE.matcher(entry.getName()).matches()) {
                        continue;
                    }
                    byte[] bytes;
                    try (InputStream body = in.getInputStream(entry)) {
                        bytes = body.readAllBytes();
                    }
                    if (entry.getName().equalsIgnoreCase("META-INF/MANIFEST.MF")) {
                        bytes = withoutDigests(bytes);
                    }
                    ZipEntry copy = new ZipEntry(entry.getName());
                    copy.setTime(entry.getTime());
                    copy.setMethod(entry.getMethod());
                    if (entry.getMethod() == ZipEntry.STORED) {
                        CRC32 crc = new CRC32();
                        crc.update(bytes);
                        copy.setSize(bytes.length);
                        copy.setCompressedSize(bytes.length);
                        copy.setCrc(crc.getValue());
                    }
                    out.putNextEntry(copy);
                    out.write(bytes);
                    out.closeEntry();
                }
            }
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(temp);
            throw e;
        }
        Files.move(temp, jar, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return true;
    }

    /** The manifest without the digests of its per-entry sections (sections left empty go too). */
    private static byte[] withoutDigests(byte[] manifest) throws IOException {
        Manifest parsed = new Manifest(new ByteArrayInputStream(manifest));
        parsed.getEntries().values().removeIf(section -> {
            section.keySet().removeIf(name -> name.toString().toUpperCase(java.util.Locale.ROOT).endsWith("-DIGEST"));
            return section.isEmpty();
        });
        ByteArrayOutputStream out = new ByteArrayOutputStream(manifest.length);
        parsed.write(out);
        return out.toByteArray();
    }

    private StripSignatures() {
    }
}
