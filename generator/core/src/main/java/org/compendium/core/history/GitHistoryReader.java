package org.compendium.core.history;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.compendium.core.model.ContentHistory;
import org.compendium.core.model.Revision;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.treewalk.EmptyTreeIterator;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.AndTreeFilter;
import org.eclipse.jgit.treewalk.filter.PathFilter;
import org.eclipse.jgit.treewalk.filter.TreeFilter;

/**
 * Reads the history of a content folder with JGit (no git binary): the commits of the current branch (first
 * parents, as {@code git log --first-parent}) that changed its Markdown files. Dates come from the commits,
 * never from the clock, so the output stays reproducible.
 */
public final class GitHistoryReader {
    private final ZoneId zone;

    public GitHistoryReader(ZoneId zone) {
        this.zone = zone;
    }

    public ContentHistory read(Path contentDir) {
        Path dir;
        try {
            dir = contentDir.toRealPath();
        } catch (IOException e) {
            return ContentHistory.unavailable("content folder cannot be read [" + e.getMessage() + "]");
        }
        // Most content folders outside git are told apart by a look at the folders above, without loading JGit
        // (a third of a second of class loading in a build of a few seconds).
        FileRepositoryBuilder builder = inGitWorkTree(dir) ? new FileRepositoryBuilder().findGitDir(dir.toFile()) : null;
        if (builder == null || builder.getGitDir() == null) {
            return ContentHistory.unavailable("the content folder is not in a git work tree; 最后更新 and 更正记录"
                    + " are not shown and 内容更正 is left out of the change reports");
        }
        try (Repository repo = builder.setMustExist(true).build()) {
            if (repo.isBare()) {
                return ContentHistory.unavailable("the content folder's git repository has no work tree");
            }
            if (!repo.getObjectDatabase().getShallowCommits().isEmpty()) {
                return ContentHistory.unavailable("the content folder is in a shallow git clone (its history is cut"
                        + " short); 最后更新 and 更正记录 are not shown; run git fetch --unshallow for them");
            }
            ObjectId head = repo.resolve(Constants.HEAD);
            if (head == null) {
                return ContentHistory.unavailable("the content folder's git repository has no commit yet");
            }
            String prefix = repo.getWorkTree().toPath().toRealPath().relativize(dir).toString().replace('\\', '/');
            return new ContentHistory(walk(repo, head, prefix), "");
        } catch (IOException | RuntimeException e) {
            return ContentHistory.unavailable("the content folder's git history cannot be read [" + e + "]");
        }
    }

    /**
     * Whether {@code dir} or a folder above it may be in a repository, as JGit's {@code findGitDir} looks for one: a
     * {@code .git} entry (a repository's folder, or the file of a linked work tree or submodule), or the folder
     * looks like a repository itself (HEAD and objects/).
     */
    static boolean inGitWorkTree(Path dir) {
        for (Path d = dir; d != null; d = d.getParent()) {
            if (Files.exists(d.resolve(".git"))
                    || Files.isRegularFile(d.resolve("HEAD")) && Files.isDirectory(d.resolve("objects"))) {
                return true;
            }
        }
        return false;
    }

    private record Change(RevCommit commit, ObjectId blob) {
    }

    private Map<String, List<Revision>> walk(Repository repo, ObjectId head, String prefix) throws IOException {
        Map<String, List<Change>> changes = new HashMap<>();
        String under = prefix.isEmpty() ? "" : prefix + "/";
        try (RevWalk walk = new RevWalk(repo); ObjectReader reader = repo.newObjectReader()) {
            walk.setFirstParent(true);
            walk.markStart(walk.parseCommit(head));
            for (RevCommit commit : walk) {
                try (TreeWalk tree = new TreeWalk(reader)) {
                    if (commit.getParentCount() > 0) {
                        tree.addTree(walk.parseCommit(commit.getParent(0)).getTree());
                    } else {
                        tree.addTree(new EmptyTreeIterator());
                    }
                    tree.addTree(commit.getTree());
                    tree.setRecursive(true);
                    tree.setFilter(prefix.isEmpty() ? TreeFilter.ANY_DIFF
                            : AndTreeFilter.create(PathFilter.create(prefix), TreeFilter.ANY_DIFF));
                    while (tree.next()) {
                        String path = tree.getPathString();
                        if (path.startsWith(under) && path.endsWith(".md") && !tree.getObjectId(1).equals(ObjectId.zeroId())) {
                            changes.computeIfAbsent(path.substring(under.length()), k -> new ArrayList<>())
                                    .add(new Change(commit, tree.getObjectId(1)));
                        }
                    }
                }
            }
            Map<String, List<Revision>> out = new HashMap<>();
            for (var e : changes.entrySet()) {
                List<Change> list = e.getValue().reversed();
                boolean texts = list.size() > 1;
                List<Revision> revisions = new ArrayList<>();
                for (Change c : list) {
                    Instant time = Instant.ofEpochSecond(c.commit().getCommitTime());
                    String text = texts ? new String(reader.open(c.blob()).getBytes(), StandardCharsets.UTF_8) : "";
                    revisions.add(new Revision(c.commit().name(), time, LocalDate.ofInstant(time, zone),
                            c.commit().getShortMessage(), text));
                }
                out.put(e.getKey(), revisions);
            }
            return out;
        }
    }
}
