package org.portcullis.backend.nft;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.portcullis.backend.BackendException;
import org.portcullis.testkit.KernelSupport;
import org.portcullis.testkit.Netns;

class ProcessNftRunnerInNetnsTest {

    @BeforeAll
    static void kernel() {
        KernelSupport.assumeKernel();
    }

    @Test
    void runsDocumentsAndListsInTheNamespace() throws BackendException {
        try (Netns a = Netns.create("pc-pa"); Netns b = Netns.create("pc-pb")) {
            ProcessNftRunner r = ProcessNftRunner.inNetns(a.name());
            r.run("add table inet portcullis_p\nadd chain inet portcullis_p c { type filter hook input priority 0; }\n");
            assertTrue(r.listTablesJson().contains("\"portcullis_p\""));
            assertTrue(r.listRulesetJson().contains("\"hook\": \"input\""));
            assertFalse(ProcessNftRunner.inNetns(b.name()).listTablesJson().contains("portcullis_p"));
        }
    }

    @Test
    void largeDocumentsGoThroughStdin() throws BackendException {
        try (Netns a = Netns.create("pc-pa")) {
            StringBuilder doc = new StringBuilder("table ip portcullis_big {\n chain c {\n");
            for (int i = 1; i <= 5000; i++) {
                doc.append("  tcp dport ").append(i).append(" accept comment \"rule number ").append(i).append("\"\n");
            }
            doc.append(" }\n}\n");
            ProcessNftRunner r = ProcessNftRunner.inNetns(a.name());
            r.run(doc.toString());
            assertTrue(r.listRulesetJson().contains("rule number 5000"));
        }
    }

    @Test
    void failuresCarryNftsErrorText() {
        try (Netns a = Netns.create("pc-pa")) {
            ProcessNftRunner r = ProcessNftRunner.inNetns(a.name());
            BackendException e = assertThrows(BackendException.class,
                    () -> r.run("add table ip portcullis_x\nadd rule ip portcullis_x nochain accept\n"));
            assertTrue(e.getMessage().contains("No such file or directory"), e.getMessage());
        }
    }
}
