package org.portcullis.model.zone;

import java.util.ArrayList;
import java.util.List;

import org.portcullis.model.error.ErrorCode;
import org.portcullis.model.error.FirewallException;

/** Adding to and removing from immutable lists with firewalld's runtime messages. */
final class Items {
    private Items() {
    }

    static <T> List<T> add(List<T> list, T item, String id, String owner) {
        if (list.contains(item)) {
            throw new FirewallException(ErrorCode.ALREADY_ENABLED, quoted(id) + " already in " + quoted(owner));
        }
        List<T> out = new ArrayList<>(list);
        out.add(item);
        return List.copyOf(out);
    }

    static <T> List<T> remove(List<T> list, T item, String id, String owner) {
        if (!list.contains(item)) {
            throw new FirewallException(ErrorCode.NOT_ENABLED, quoted(id) + " not in " + quoted(owner));
        }
        List<T> out = new ArrayList<>(list);
        out.remove(item);
        return List.copyOf(out);
    }

    static boolean enable(boolean current, String what, String owner) {
        if (current) {
            throw new FirewallException(ErrorCode.ALREADY_ENABLED, what + " already enabled in " + quoted(owner));
        }
        return true;
    }

    static boolean disable(boolean current, String what, String owner) {
        if (!current) {
            throw new FirewallException(ErrorCode.NOT_ENABLED, what + " not enabled in " + quoted(owner));
        }
        return false;
    }

    static String quoted(String s) {
        return "'" + s + "'";
    }
}
