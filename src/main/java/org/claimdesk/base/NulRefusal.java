package org.claimdesk.base;

import java.sql.SQLException;

/**
 * PostgreSQL's refusal of U+0000 in text (SQLSTATE 22021, "invalid byte sequence for encoding
 * UTF8: 0x00"), recognised in whatever exception carries it so that the person gets a sentence
 * instead of SQL. The validators refuse NUL first; this is the net under them.
 */
public final class NulRefusal {
    public static final String MESSAGE = "A text contains the character U+0000 (NUL), which cannot be stored; remove it and try again.";

    private NulRefusal() {
    }

    public static boolean isCause(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && "22021".equals(sql.getSQLState())) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }
}
