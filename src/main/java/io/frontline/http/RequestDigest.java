package io.frontline.http;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.temporal.TemporalAccessor;
import java.util.List;

/**
 * A request in 128 bits: the first half of the SHA-256 of an unambiguous encoding of its value. Records are
 * walked component by component; every value is written with a tag of its kind and, where its length varies,
 * that length, so that no two different requests encode alike. Amounts are compared by value ({@code 10.0} is
 * {@code 10.00}). Two requests with the same digest are taken to be the same request — a collision takes some
 * 2<sup>64</sup> tries to find on purpose, and is never met by chance.
 */
final class RequestDigest {
    private static final ClassValue<MethodHandle[]> COMPONENTS = new ClassValue<>() {
        @Override
        protected MethodHandle[] computeValue(Class<?> type) {
            RecordComponent[] components = type.getRecordComponents();
            MethodHandle[] out = new MethodHandle[components.length];
            try {
                for (int i = 0; i < components.length; i++) {
                    out[i] = MethodHandles.publicLookup().unreflect(components[i].getAccessor());
                }
            } catch (IllegalAccessException e) {
                throw new IllegalStateException("a request record must be public: " + type.getName(), e);
            }
            return out;
        }
    };
    private static final ThreadLocal<Encoder> ENCODER = ThreadLocal.withInitial(() -> {
        try {
            return new Encoder(MessageDigest.getInstance("SHA-256"));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    });

    private RequestDigest() {}

    /** The digest of a request record, as two longs. */
    static long[] of(Object request) {
        Encoder out = ENCODER.get();
        out.reset(); // in case a request before this one was refused half-way
        out.value(request);
        out.flush();
        ByteBuffer digest = ByteBuffer.wrap(out.sha.digest()); // digest() also resets it for the next request
        return new long[] {digest.getLong(), digest.getLong()};
    }

    /** Writes values into the digest through a small buffer; one per thread, reused. */
    private static final class Encoder {
        private final MessageDigest sha;
        private final ByteBuffer buffer = ByteBuffer.allocate(512);

        Encoder(MessageDigest sha) {
            this.sha = sha;
        }

        void value(Object v) {
            if (v == null) {
                tag('n');
            } else if (v instanceof String s) {
                text('s', s);
            } else if (v instanceof BigDecimal d) {
                text('d', d.signum() == 0 ? "0" : d.stripTrailingZeros().toString());
            } else if (v instanceof Integer || v instanceof Long) {
                tag('i');
                room(Long.BYTES);
                buffer.putLong(((Number) v).longValue());
            } else if (v instanceof Boolean b) {
                tag(b ? 't' : 'f');
            } else if (v instanceof Enum<?> e) {
                text('e', e.name());
            } else if (v instanceof TemporalAccessor t) {
                text('T', t.toString()); // java.time values print every field that makes them equal
            } else if (v instanceof List<?> list) {
                tag('[');
                room(Integer.BYTES);
                buffer.putInt(list.size());
                for (Object item : list) {
                    value(item);
                }
            } else if (v instanceof Record r) {
                tag('{');
                text('c', r.getClass().getName());
                for (MethodHandle component : COMPONENTS.get(r.getClass())) {
                    try {
                        value(component.invoke(r));
                    } catch (RuntimeException | Error e) {
                        throw e;
                    } catch (Throwable e) {
                        throw new IllegalStateException(e);
                    }
                }
            } else {
                throw new IllegalArgumentException("a request holds no " + v.getClass().getName());
            }
        }

        /** Text as its UTF-16 code units, every one: no encoding that could merge two texts (lone surrogates). */
        private void text(char tag, String s) {
            tag(tag);
            room(Integer.BYTES);
            buffer.putInt(s.length());
            for (int i = 0; i < s.length(); i++) {
                room(Character.BYTES);
                buffer.putChar(s.charAt(i));
            }
        }

        private void tag(char tag) {
            room(1);
            buffer.put((byte) tag);
        }

        private void room(int bytes) {
            if (buffer.remaining() < bytes) {
                flush();
            }
        }

        void reset() {
            buffer.clear();
            sha.reset();
        }

        void flush() {
            buffer.flip();
            sha.update(buffer);
            buffer.clear();
        }
    }
}
