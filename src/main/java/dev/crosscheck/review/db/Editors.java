package dev.crosscheck.review.db;

import at.favre.lib.crypto.bcrypt.BCrypt;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Pattern;

/** Editor accounts: names and bcrypt password hashes. */
public final class Editors {

    private static final int COST = 12;
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,39}");
    public static final int MIN_PASSWORD = 8;
    /** bcrypt reads at most 72 bytes; longer passwords are refused rather than silently cut. */
    public static final int MAX_PASSWORD_BYTES = 72;
    /** Checked when the name is unknown, so a wrong name costs as long as a wrong password. */
    private static final String DUMMY_HASH = BCrypt.withDefaults().hashToString(COST, "not-a-password".toCharArray());

    private final Database db;

    public Editors(Database db) {
        this.db = db;
    }

    /** Creates an account; throws IllegalArgumentException for a bad or taken name, or a weak password. */
    public void add(String name, char[] password) {
        checkName(name);
        String hash = hash(password);
        try (Connection c = db.connection();
             PreparedStatement st = c.prepareStatement(
                     "INSERT INTO editor (name, password_hash, created_at) VALUES (?, ?, ?)")) {
            if (exists(c, name)) {
                throw new IllegalArgumentException("an editor named '" + name + "' already exists");
            }
            st.setString(1, name);
            st.setString(2, hash);
            st.setString(3, Timestamps.now());
            st.executeUpdate();
        } catch (SQLException e) {
            throw new ReviewDatabaseException("cannot add editor '" + name + "' to " + db.describe(), e);
        }
    }

    /** Replaces an existing editor's password. */
    public void setPassword(String name, char[] password) {
        String hash = hash(password);
        try (Connection c = db.connection();
             PreparedStatement st = c.prepareStatement("UPDATE editor SET password_hash = ? WHERE name = ?")) {
            st.setString(1, hash);
            st.setString(2, name);
            if (st.executeUpdate() == 0) {
                throw new IllegalArgumentException("there is no editor named '" + name + "'");
            }
        } catch (SQLException e) {
            throw new ReviewDatabaseException("cannot change the password of '" + name + "' in " + db.describe(), e);
        }
    }

    /** True when the name exists and the password matches its hash. */
    public boolean verify(String name, char[] password) {
        String hash = hashOf(name);
        boolean known = hash != null;
        try {
            boolean matches = BCrypt.verifyer().verify(password, known ? hash : DUMMY_HASH).verified;
            return known && matches;
        } catch (IllegalArgumentException tooLong) {
            return false;
        }
    }

    /**
     * What a session signed in with: a digest of the editor's password hash, which changes with every new
     * password (bcrypt salts each hash). Null when there is no such editor. Sessions compare it on each
     * request, so a changed password ends every session of that editor, on every server.
     */
    public String credential(String name) {
        String hash = hashOf(name);
        if (hash == null) {
            return null;
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(hash.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }

    public boolean exists(String name) {
        return hashOf(name) != null;
    }

    public List<String> names() {
        try (Connection c = db.connection();
             PreparedStatement st = c.prepareStatement("SELECT name FROM editor ORDER BY name");
             ResultSet rs = st.executeQuery()) {
            List<String> names = new ArrayList<>();
            while (rs.next()) {
                names.add(rs.getString(1));
            }
            return names;
        } catch (SQLException e) {
            throw new ReviewDatabaseException("cannot list editors in " + db.describe(), e);
        }
    }

    private String hashOf(String name) {
        if (name == null) {
            return null;
        }
        try (Connection c = db.connection();
             PreparedStatement st = c.prepareStatement("SELECT password_hash FROM editor WHERE name = ?")) {
            st.setString(1, name);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        } catch (SQLException e) {
            throw new ReviewDatabaseException("cannot read editor '" + name + "' from " + db.describe(), e);
        }
    }

    private static boolean exists(Connection c, String name) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("SELECT 1 FROM editor WHERE name = ?")) {
            st.setString(1, name);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next();
            }
        }
    }

    static void checkName(String name) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("an editor name is 1-40 letters, digits, '.', '_' or '-', "
                    + "starting with a letter or digit; not '" + name + "'");
        }
    }

    private static String hash(char[] password) {
        if (password == null || password.length < MIN_PASSWORD) {
            throw new IllegalArgumentException("a password needs at least " + MIN_PASSWORD + " characters");
        }
        if (StandardCharsets.UTF_8.encode(java.nio.CharBuffer.wrap(password)).remaining() > MAX_PASSWORD_BYTES) {
            throw new IllegalArgumentException("a password can be at most " + MAX_PASSWORD_BYTES + " bytes long");
        }
        return BCrypt.withDefaults().hashToString(COST, password);
    }
}
