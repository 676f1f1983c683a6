package org.portcullis.model.zone;

import org.portcullis.model.error.ErrorCode;
import org.portcullis.model.error.FirewallException;

/** Name rules for zones, policies, services and interfaces. */
public final class Names {
    public static final int ZONE_MAX = 96;
    public static final int POLICY_MAX = 128;
    public static final int INTERFACE_MAX = 16;

    private Names() {
    }

    /** Letters, digits, {@code _ - /}; at most {@code max} characters; else INVALID_NAME. */
    public static String check(String name, int max) {
        if (name == null || name.isEmpty()) {
            throw new FirewallException(ErrorCode.INVALID_NAME, "name can't be empty");
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!Character.isLetterOrDigit(c) && c != '_' && c != '-' && c != '/') {
                throw new FirewallException(ErrorCode.INVALID_NAME, "'" + c + "' is not allowed in '" + name + "'");
            }
        }
        if (name.length() > max) {
            throw new FirewallException(ErrorCode.INVALID_NAME,
                    "'" + name + "' has " + name.length() + " chars, max is " + max);
        }
        return name;
    }

    /** An interface name: 1..16 characters without blank, {@code /}, {@code !} or {@code *}. */
    public static String checkInterface(String name) {
        if (name == null || name.isEmpty() || name.length() > INTERFACE_MAX
                || name.chars().anyMatch(c -> c == ' ' || c == '/' || c == '!' || c == '*')) {
            throw new FirewallException(ErrorCode.INVALID_INTERFACE, String.valueOf(name));
        }
        return name;
    }

    static int checkPriority(int priority) {
        if (priority < -32768 || priority > 32767) {
            throw new FirewallException(ErrorCode.INVALID_PRIORITY, Integer.toString(priority));
        }
        return priority;
    }
}
