package io.frontline.http;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AnswerRingTest {

    private static byte[] answer(int n, int length) {
        byte[] b = new byte[length];
        byte[] tag = ("answer-" + n + ";").getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < length; i++) {
            b[i] = tag[i % tag.length];
        }
        return b;
    }

    @Test
    void an_answer_reads_back_byte_for_byte() {
        AnswerRing ring = new AnswerRing(4096);
        byte[] answer = "{\"outcome\":\"warn\",\"script\":\"请挂断电话\"}".getBytes(StandardCharsets.UTF_8);
        long at = ring.write(answer);
        assertArrayEquals(answer, ring.read(at).orElseThrow());
    }

    @Test
    void the_newest_answers_survive_and_the_oldest_are_written_over() {
        AnswerRing ring = new AnswerRing(4096);
        List<Long> positions = new ArrayList<>();
        for (int n = 0; n < 100; n++) {
            positions.add(ring.write(answer(n, 300 + n % 7)));
        }
        for (int n = 0; n < 100; n++) {
            var read = ring.read(positions.get(n));
            if (n >= 90) {
                assertArrayEquals(answer(n, 300 + n % 7), read.orElseThrow(), "answer " + n);
            }
            if (n < 85) {
                assertFalse(read.isPresent(), "answer " + n + " was written over");
            }
        }
    }

    @Test
    void whatever_is_found_is_exactly_what_was_written_even_across_the_rings_end() {
        AnswerRing ring = new AnswerRing(1500);
        List<Long> positions = new ArrayList<>();
        for (int n = 0; n < 500; n++) {
            positions.add(ring.write(answer(n, 1 + (n * 37) % 700)));
            for (int m = Math.max(0, n - 5); m <= n; m++) {
                int length = 1 + (m * 37) % 700;
                int k = m;
                ring.read(positions.get(m)).ifPresent(b -> assertArrayEquals(answer(k, length), b, "answer " + k));
            }
            assertTrue(ring.read(positions.get(n)).isPresent(), "the newest answer is always there");
        }
    }

    @Test
    void an_answer_that_fills_the_ring_exactly_reads_back_and_the_next_one_replaces_it() {
        AnswerRing ring = new AnswerRing(1024);
        long at = ring.write(answer(1, 1020));
        assertArrayEquals(answer(1, 1020), ring.read(at).orElseThrow());
        long next = ring.write(answer(2, 10));
        assertFalse(ring.read(at).isPresent());
        assertArrayEquals(answer(2, 10), ring.read(next).orElseThrow());
    }

    @Test
    void against_a_model_of_every_write_an_answer_reads_back_whole_or_not_at_all_and_the_newest_always() {
        java.util.Random random = new java.util.Random(7);
        for (int size = 1024; size < 1024 + 200 * 37; size += 37) {
            AnswerRing ring = new AnswerRing(size);
            List<long[]> written = new ArrayList<>(); // position, n, length
            for (int n = 0; n < 300; n++) {
                int length = random.nextInt(Math.min(size - 4, 900) + 1);
                written.add(new long[] {ring.write(answer(n, length)), n, length});
                for (int back = Math.max(0, written.size() - 20); back < written.size(); back++) {
                    long[] w = written.get(back);
                    ring.read(w[0]).ifPresent(b -> assertArrayEquals(answer((int) w[1], (int) w[2]), b));
                }
                assertTrue(ring.read(written.get(written.size() - 1)[0]).isPresent());
            }
        }
    }

    @Test
    void an_answer_larger_than_the_ring_does_not_fit_and_is_refused() {
        AnswerRing ring = new AnswerRing(1024);
        assertTrue(ring.fits(1020));
        assertFalse(ring.fits(1021));
        assertThrows(IllegalArgumentException.class, () -> ring.write(new byte[2000]));
    }

    @Test
    void a_position_never_given_finds_nothing() {
        AnswerRing ring = new AnswerRing(1024);
        ring.write(answer(1, 10));
        assertFalse(ring.read(-1).isPresent());
        assertFalse(ring.read(5000).isPresent());
    }
}
