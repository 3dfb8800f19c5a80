package io.frontline.lifecycle;

import io.frontline.decide.RuleProblem;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PolicyTreeTest {

    @Test
    void only_plain_paths_of_policy_files_inside_their_area_are_accepted() {
        assertEquals(PolicyTree.Area.RULES, PolicyTree.checkName("rules/payments/limits.drl"));
        assertEquals(PolicyTree.Area.TABLES, PolicyTree.checkName("decision-tables/thresholds.drl.xlsx"));
        assertEquals(PolicyTree.Area.TABLES, PolicyTree.checkName("decision-tables/agent-scripts.csv"));
        assertEquals(PolicyTree.Area.SCENARIOS, PolicyTree.checkName("scenarios/contacts/new.json"));
        for (String bad : List.of("rules/../intel/block-numbers.csv", "rules/./x.drl", "rules//x.drl", "/rules/x.drl",
                "rules/.hidden/x.drl", "rules/x.txt", "decision-tables/x.csv", "intel/block-numbers.csv",
                "scenarios/x.drl", "rules/", "rules\\x.drl")) {
            assertThrows(IllegalArgumentException.class, () -> PolicyTree.checkName(bad), bad);
        }
    }

    @Test
    void writing_a_tree_replaces_policy_files_and_leaves_every_other_file_alone() throws Exception {
        Path root = Files.createTempDirectory("policy-tree");
        PolicyTree.Dirs dirs = new PolicyTree.Dirs(root.resolve("rules"), root.resolve("tables"),
                root.resolve("scenarios"));
        Files.createDirectories(dirs.rules());
        Files.writeString(dirs.rules().resolve("old.drl"), "old");
        Files.writeString(dirs.rules().resolve("README.md"), "notes");

        PolicyTree tree = PolicyTree.of(Map.of("rules/new.drl", bytes("new"),
                "decision-tables/sub/limits.drl.csv", bytes("a,b"), "scenarios/x.json", bytes("[]")));
        tree.writeTo(dirs);

        assertFalse(Files.exists(dirs.rules().resolve("old.drl")));
        assertEquals("notes", Files.readString(dirs.rules().resolve("README.md")));
        assertEquals("a,b", Files.readString(dirs.tables().resolve("sub/limits.drl.csv")));
        assertEquals(tree, PolicyTree.read(dirs));
        assertEquals(tree.hashes(), PolicyTree.read(dirs).hashes());
    }

    @Test
    void a_change_replaces_adds_and_removes_files_by_name() {
        PolicyTree base = PolicyTree.of(Map.of("rules/a.drl", bytes("a"), "rules/b.drl", bytes("b")));
        PolicyTree next = base.with(Map.of("rules/a.drl", bytes("a2"), "scenarios/c.json", bytes("[]")),
                List.of("rules/b.drl"));
        assertEquals(List.of("rules/a.drl", "scenarios/c.json"), List.copyOf(next.files().keySet()));
        assertArrayEquals(bytes("a2"), next.file("rules/a.drl").orElseThrow());
        PolicyDraft.Changes changes = PolicyDraft.Changes.between(base.hashes(), next.hashes());
        assertEquals(List.of("scenarios/c.json"), changes.added());
        assertEquals(List.of("rules/a.drl"), changes.changed());
        assertEquals(List.of("rules/b.drl"), changes.removed());
    }

    @Test
    void versions_and_drafts_are_kept_across_a_reopen_with_each_file_stored_once() throws Exception {
        Path dir = Files.createTempDirectory("policy-store");
        PolicyTree one = PolicyTree.of(Map.of("rules/a.drl", bytes("a"), "scenarios/s.json", bytes("[]")));
        PolicyTree two = one.with(Map.of("rules/a.drl", bytes("a2")), List.of());
        PolicyStore store = PolicyStore.open(dir);
        store.add(new PolicyVersion("rs-1", Instant.parse("2026-11-24T10:00:00Z"), "files", "start", "start", null,
                one.hashes()), one);
        store.add(new PolicyVersion("rs-2", Instant.parse("2026-11-24T11:00:00Z"), "p-1", "why", "publish", "dft-1",
                two.hashes()), two);
        PolicyDraft draft = new PolicyDraft("dft-1", Instant.parse("2026-11-24T10:30:00Z"), "p-2", "rs-1", one.id(), null,
                false,
                two.hashes(), List.of(RuleProblem.error("rules/a.drl", 3, null, "bad")),
                PolicyDraft.Changes.between(one.hashes(), two.hashes()));
        store.saveDraft(draft, two);

        PolicyStore reopened = PolicyStore.open(dir);
        assertEquals(store.all(), reopened.all());
        assertEquals("rs-2", reopened.latest().orElseThrow().version());
        assertEquals(one, reopened.tree(reopened.all().get(0).files()));
        assertEquals(draft, reopened.draft("dft-1").orElseThrow());
        assertTrue(reopened.draft("../versions").isEmpty());
        try (var blobs = Files.list(dir.resolve("blobs"))) {
            assertEquals(3, blobs.count(), "a, a2 and s: the unchanged file is stored once");
        }
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
