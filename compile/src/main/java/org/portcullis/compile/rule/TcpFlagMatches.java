package org.portcullis.compile.rule;

import java.util.Set;

import org.portcullis.model.rule.TcpFlag;
import org.portcullis.nft.Expr;
import org.portcullis.nft.Stmt;

/** {@code --tcp-flags MASK COMP} and {@code --syn}: {@code tcp flags & mask == comp}, as bit values. */
public final class TcpFlagMatches {
    private TcpFlagMatches() {
    }

    public static Stmt.Match translate(Set<TcpFlag> mask, Set<TcpFlag> set, boolean negated) {
        Expr flags = new Expr.And(new Expr.Payload("tcp", "flags"), new Expr.Num(bits(mask)));
        return Matches.match(flags, negated, new Expr.Num(bits(set)));
    }

    /** The header bits of the flags: FIN 0x01, SYN 0x02, RST 0x04, PSH 0x08, ACK 0x10, URG 0x20, ECE, CWR. */
    public static long bits(Set<TcpFlag> flags) {
        long bits = 0;
        for (TcpFlag f : flags) {
            bits |= switch (f) {
                case FIN -> 0x01;
                case SYN -> 0x02;
                case RST -> 0x04;
                case PSH -> 0x08;
                case ACK -> 0x10;
                case URG -> 0x20;
                case ECE -> 0x40;
                case CWR -> 0x80;
            };
        }
        return bits;
    }
}
