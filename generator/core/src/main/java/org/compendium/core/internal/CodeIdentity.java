package org.compendium.core.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A fingerprint of the code that makes an output: each class's code source (a jar, or a classes folder in a
 * development build) as the path, size and modification time of its files. Two builds with the same
 * fingerprint run the same code; any rebuilt or upgraded jar changes it.
 */
public final class CodeIdentity {
    private static final Map<Class<?>, String> CACHE = new ConcurrentHashMap<>();

    private CodeIdentity() {
    }

    /** SHA-256 (hex) over the code sources of {@code classes}, in the order given. */
    public static String of(Class<?>... classes) {
        StringBuilder all = new StringBuilder();
        for (Class<?> type : classes) {
            all.append(CACHE.computeIfAbsent(type, CodeIdentity::source)).append('\n');
        }
        return sha256(all.toString());
    }

    /** SHA-256 (hex) of the texts as UTF-8, each followed by a NUL. */
    public static String sha256(String... texts) {
        MessageDigest sha = digest();
        for (String text : texts) {
            sha.update(text.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    public static String sha256(byte[] bytes) {
        return HexFormat.of().formatHex(digest().digest(bytes));
    }

    public static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String source(Class<?> type) {
        Path root;
        try {
            root = Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (Exception | Error e) {
            return type.getName() + " unknown-source"; // a class without a file (never the case in a build)
        }
        List<String> entries = new ArrayList<>();
        entries.add(root.toAbsolutePath().normalize().toString());
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path path, BasicFileAttributes a) {
                    entries.add(root.relativize(path) + "\t" + a.size() + "\t" + a.lastModifiedTime().toMillis());
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path path, IOException e) {
                    entries.add(path + "\tunreadable");
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            entries.add("unreadable " + e);
        }
        entries.subList(1, entries.size()).sort(null);
        return sha256(String.join("\n", entries));
    }
}
