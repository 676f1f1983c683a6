package org.portcullis.compile.zone;

import java.util.ArrayList;
import java.util.List;

import org.portcullis.nft.Expr;
import org.portcullis.nft.Op;
import org.portcullis.nft.Stmt;

/**
 * Puts a rule in the form nft lists it back, so that a compiled ruleset equals the kernel's listing of it.
 * A plain {@code reject} takes the family of the rule ({@code icmp}/{@code icmpv6 port-unreachable}, else
 * {@code icmpx}); {@code meta nfproto} disappears when a later statement already implies that family (an
 * {@code ip}/{@code icmp} or {@code ip6}/{@code icmpv6} header, {@code meta l4proto icmp}, a family's
 * reject), exactly as nft drops such a dependency when it lists the rule. The packets matched are the same.
 */
final class ListingForm {
    static final String V4 = "ipv4";
    static final String V6 = "ipv6";

    private ListingForm() {
    }

    static List<Stmt> of(List<Stmt> stmts) {
        List<Stmt> out = new ArrayList<>(stmts.size());
        String context = null;
        for (Stmt s : stmts) {
            if (s instanceof Stmt.Reject(String type, String code) && type == null && code == null) {
                s = new Stmt.Reject(context == null ? "icmpx" : context.equals(V4) ? "icmp" : "icmpv6",
                        "port-unreachable");
            }
            if (context == null) {
                context = family(s);
            }
            out.add(s);
        }
        for (int i = 0; i < out.size(); i++) {
            String f = nfproto(out.get(i));
            if (f != null && implied(f, out.subList(i + 1, out.size()))) {
                out.remove(i);
                break;
            }
        }
        return out;
    }

    private static boolean implied(String family, List<Stmt> later) {
        for (Stmt s : later) {
            if (s instanceof Stmt.Reject(String type, String code) && "tcp reset".equals(type)) {
                return true;
            }
            if (family.equals(family(s)) && nfproto(s) == null) {
                return true;
            }
        }
        return false;
    }

    /** The family a statement needs or states, or null. */
    static String family(Stmt s) {
        return switch (s) {
            case Stmt.Match(Expr.Payload(String protocol, String field), Op op, Expr right) -> switch (protocol) {
                case "ip", "icmp" -> V4;
                case "ip6", "icmpv6" -> V6;
                default -> null;
            };
            case Stmt.Match(Expr.Meta(String key), Op op, Expr.Str(String value)) when op == Op.EQ -> switch (key) {
                case "nfproto" -> value;
                case "l4proto" -> value.equals("icmp") ? V4
                        : value.equals("ipv6-icmp") || value.equals("icmpv6") ? V6 : null;
                default -> null;
            };
            case Stmt.Reject(String type, String code) when "icmp".equals(type) -> V4;
            case Stmt.Reject(String type, String code) when "icmpv6".equals(type) -> V6;
            default -> null;
        };
    }

    private static String nfproto(Stmt s) {
        return s instanceof Stmt.Match(Expr.Meta(String key), Op op, Expr.Str(String value))
                && key.equals("nfproto") && op == Op.EQ ? value : null;
    }
}
