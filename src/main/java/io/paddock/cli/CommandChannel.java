package io.paddock.cli;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The wire format between the {@code paddock} launcher and the server that runs its command (ADR 0021), JDK only.
 * <p>
 * The launcher sends one {@link Request}; the server answers with frames: a tag byte, a length and that many bytes:
 * {@link #OUT} and {@link #ERR} carry the command's standard output and error as the launcher's charset encodes them,
 * {@link #EXIT} its exit code. A launcher that goes away (Ctrl-C) closes the connection, which cancels the command.
 */
final class CommandChannel {

    static final String MAGIC = "paddock-command/1";
    static final byte OUT = 1;
    static final byte ERR = 2;
    static final byte EXIT = 3;

    /** What the launcher asks for. */
    enum Kind { RUN, STATUS, STOP }

    /**
     * One request.
     *
     * @param token       the server's token from its discovery file
     * @param kind        run a command line, report the server's state, or stop it
     * @param cwd         the launcher's working directory, against which relative paths resolve
     * @param charset     how the launcher's terminal encodes text
     * @param interactive whether the launcher's output is a terminal (progress bars redraw in place there)
     * @param env         the environment variables commands read that way ({@code PADDOCK_DATA_DIR} …)
     * @param args        the command line
     */
    record Request(String token, Kind kind, String cwd, String charset, boolean interactive, Map<String, String> env,
                   List<String> args) {

        void writeTo(OutputStream stream) throws IOException {
            DataOutputStream out = new DataOutputStream(stream);
            out.writeUTF(MAGIC);
            out.writeUTF(token);
            out.writeUTF(kind.name());
            writeString(out, cwd);
            out.writeUTF(charset);
            out.writeBoolean(interactive);
            out.writeInt(env.size());
            for (Map.Entry<String, String> variable : env.entrySet()) {
                writeString(out, variable.getKey());
                writeString(out, variable.getValue());
            }
            out.writeInt(args.size());
            for (String arg : args) {
                writeString(out, arg);
            }
            out.flush();
        }

        static Request readFrom(DataInputStream in) throws IOException {
            if (!MAGIC.equals(in.readUTF())) {
                throw new IOException("not a paddock command");
            }
            String token = in.readUTF();
            Kind kind = Kind.valueOf(in.readUTF());
            String cwd = readString(in);
            String charset = in.readUTF();
            boolean interactive = in.readBoolean();
            int variables = bounded(in.readInt());
            Map<String, String> env = new LinkedHashMap<>();
            for (int i = 0; i < variables; i++) {
                env.put(readString(in), readString(in));
            }
            int count = bounded(in.readInt());
            List<String> args = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                args.add(readString(in));
            }
            return new Request(token, kind, cwd, charset, interactive, env, List.copyOf(args));
        }

        @Override
        public String toString() {
            return "Request[" + kind + " " + args.size() + " args]";   // never the token, nor arguments (passwords)
        }
    }

    private CommandChannel() {
    }

    /** Writes one frame; callers on several threads synchronise on the stream. */
    static void frame(DataOutputStream out, byte tag, byte[] bytes, int offset, int length) throws IOException {
        out.writeByte(tag);
        out.writeInt(length);
        out.write(bytes, offset, length);
        out.flush();
    }

    static void exit(DataOutputStream out, int code) throws IOException {
        out.writeByte(EXIT);
        out.writeInt(4);
        out.writeInt(code);
        out.flush();
    }

    /**
     * Reads frames until the exit frame, copying output to the given streams.
     *
     * @return the exit code
     * @throws EOFException when the server went away before the command ended
     */
    static int copyUntilExit(DataInputStream in, OutputStream out, OutputStream err) throws IOException {
        byte[] buffer = new byte[8192];
        while (true) {
            byte tag = in.readByte();
            int length = in.readInt();
            if (tag == EXIT) {
                return in.readInt();
            }
            OutputStream target = tag == OUT ? out : err;
            int left = length;
            while (left > 0) {
                int read = in.read(buffer, 0, Math.min(buffer.length, left));
                if (read < 0) {
                    throw new EOFException();
                }
                target.write(buffer, 0, read);
                left -= read;
            }
            target.flush();
        }
    }

    private static void writeString(DataOutputStream out, String value) throws IOException {
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    private static String readString(DataInputStream in) throws IOException {
        byte[] bytes = new byte[bounded(in.readInt())];
        in.readFully(bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }

    /** A length no honest launcher sends is refused before anything is allocated for it. */
    private static int bounded(int length) throws IOException {
        if (length < 0 || length > 16 * 1024 * 1024) {
            throw new IOException("bad length " + length);
        }
        return length;
    }
}
