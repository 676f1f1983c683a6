package org.portcullis.compile.direct;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

class KernelChainTest {
    @Test
    void plainNamesAreKept() {
        assertEquals("filter_OUTPUT", KernelChain.nftName("filter", "OUTPUT"));
        assertEquals("raw_block-list_2", KernelChain.nftName("raw", "block-list_2"));
    }

    @Test
    void namesNftCannotCarryAreHexEncoded() {
        assertEquals("filter_x_c5be6c75c5a56f75c48d6bc3bd", KernelChain.nftName("filter", "žluťoučký"));
        assertEquals("filter_x_612e62", KernelChain.nftName("filter", "a.b"));
    }

    @Test
    void encodingCannotCollideWithAPlainName() {
        String encoded = KernelChain.nftName("filter", "ž");
        String lookalike = KernelChain.nftName("filter", encoded.substring("filter_".length()));
        assertNotEquals(encoded, lookalike);
    }
}
