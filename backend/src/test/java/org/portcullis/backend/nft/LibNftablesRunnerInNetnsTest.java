package org.portcullis.backend.nft;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.portcullis.backend.BackendException;
import org.portcullis.testkit.KernelSupport;
import org.portcullis.testkit.Netns;

class LibNftablesRunnerInNetnsTest {

    @BeforeAll
    static void kernel() {
        KernelSupport.assumeKernel();
    }

    @Test
    void aContextTalksToTheNamespaceItWasCreatedIn() throws BackendException {
        try (Netns a = Netns.create("pc-ra"); Netns b = Netns.create("pc-rb");
                LibNftablesRunner ra = LibNftablesRunner.open(Optional.of(a.name()));
                LibNftablesRunner rb = LibNftablesRunner.open(Optional.of(b.name()))) {
            ra.run("add table inet portcullis_only_in_a\n");
            assertTrue(a.exec("nft", "list", "tables").stdout().contains("portcullis_only_in_a"));
            assertFalse(b.exec("nft", "list", "tables").stdout().contains("portcullis_only_in_a"));
            assertTrue(ra.listTablesJson().contains("\"portcullis_only_in_a\""));
            assertFalse(rb.listRulesetJson().contains("portcullis_only_in_a"));
        }
    }

    @Test
    void errorsCarryNftsMessageAndChangeNothing() throws BackendException {
        try (Netns a = Netns.create("pc-ra"); LibNftablesRunner r = LibNftablesRunner.open(Optional.of(a.name()))) {
            BackendException e = assertThrows(BackendException.class,
                    () -> r.run("add table ip portcullis_x\nadd chain ip portcullis_x fwd\n"));
            assertTrue(e.getMessage().contains("syntax error"), e.getMessage());
            assertFalse(r.listTablesJson().contains("portcullis_x"));
        }
    }

    @Test
    void jsonDocumentsAreAcceptedToo() throws BackendException {
        try (Netns a = Netns.create("pc-ra"); LibNftablesRunner r = LibNftablesRunner.open(Optional.of(a.name()))) {
            r.run("{\"nftables\":[{\"add\":{\"table\":{\"family\":\"ip\",\"name\":\"portcullis_j\"}}},"
                    + "{\"add\":{\"chain\":{\"family\":\"ip\",\"table\":\"portcullis_j\",\"name\":\"fwd\"}}}]}");
            assertTrue(a.exec("nft", "-j", "list", "chains").stdout().contains("\"fwd\""));
        }
    }

    @Test
    void aClosedRunnerRefusesWork() throws BackendException {
        try (Netns a = Netns.create("pc-ra")) {
            LibNftablesRunner r = LibNftablesRunner.open(Optional.of(a.name()));
            r.close();
            r.close();
            assertThrows(BackendException.class, r::listTablesJson);
        }
    }

    @Test
    void concurrentCallersOnSeveralContextsDoNotDisturbEachOther() throws Exception {
        try (Netns a = Netns.create("pc-ra"); Netns b = Netns.create("pc-rb");
                LibNftablesRunner ra = LibNftablesRunner.open(Optional.of(a.name()));
                LibNftablesRunner rb = LibNftablesRunner.open(Optional.of(b.name()))) {
            ra.run("add table inet portcullis_c\nadd chain inet portcullis_c c\n");
            rb.run("add table inet portcullis_c\nadd chain inet portcullis_c c\n");
            List<Callable<Void>> work = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                LibNftablesRunner r = t % 2 == 0 ? ra : rb;
                work.add(() -> {
                    for (int i = 0; i < 50; i++) {
                        r.run("add rule inet portcullis_c c iif \"lo\" counter accept\n");
                        r.listRulesetJson();
                    }
                    return null;
                });
            }
            try (ExecutorService pool = Executors.newFixedThreadPool(4)) {
                for (Future<Void> f : pool.invokeAll(work)) {
                    f.get();
                }
            }
            assertEquals(100, ra.listRulesetJson().split("\"iif\"", -1).length - 1);
            assertEquals(100, rb.listRulesetJson().split("\"iif\"", -1).length - 1);
        }
    }

    @Test
    void aMissingNamespaceIsAnError() {
        assertThrows(BackendException.class, () -> LibNftablesRunner.open(Optional.of("pc-does-not-exist-4711")));
    }
}
