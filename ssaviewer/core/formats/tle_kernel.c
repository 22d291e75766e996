/*
 * The compiled TLE decode kernel: element sets from paired lines, one pass per set.
 *
 * Plain C99, no Python API: ssaviewer/core/formats/tle_kernel.py loads it with ctypes (which
 * releases the GIL for the call, so the decode threads run it on every core) and falls back to
 * the numpy decoder (tle_fields / tle_decode) when it is missing. It computes what
 * tle_decode._decode_chunk computes, bit for bit: the 144-byte row of both lines (columns past
 * a line's length and from 69 on blank), the strict template check (8 columns at a time on
 * 64-bit words, plus a 256-entry table lookup for the letter, sign and literal columns), the
 * lenient one (table lookups, only for the sets the strict one refuses) and the leading-blank
 * rule, all from tables Python derives from tle_fields' own rules; the checksums; the digit
 * runs as exact integers (SWAR, as tle_fields), the implied decimals and the range checks.
 *
 * It also does the reader's steps around the decode that numpy did in several passes: the
 * lines of the text (tle_count_newlines, tle_split_lines: tle_lines.split_lines), their pairing
 * into sets (tle_pair_lines: tle_lines.pair_lines) and the record column ("source:line" per
 * set, tle_record_offsets and tle_record_text: the bytes and offsets of an Arrow large_string
 * array, as Arrow's cast and join give them, without Arrow's allocator, whose huge pages the
 * kernel compacts memory for on a process's first large load); and, for the merge of load(),
 * the shedding of the duplicates' strings in such an array's own buffers (tle_keep_strings).
 *
 * Bounds: every read of the text buffer is clipped to [0, buf_len); a line index outside
 * [0, n_lines) gives a rejected set. Build with -O2 -ffp-contract=off (no fused multiply-add:
 * every float is one correctly rounded division or multiplication, as numpy's).
 */
#include <stdint.h>
#include <string.h>

#define ROW 72
#define WIDTH (2 * ROW)
#define LINE_WIDTH 69
#define NS_PER_DAY (86400LL * 1000000000LL)
#define NS_PER_FRACTION_UNIT (NS_PER_DAY / 100000000LL)

/* Raise when the arguments or the meaning of an output change: the loader refuses others. */
#define TLE_KERNEL_ABI 4

#if defined(_WIN32)
#define EXPORT __declspec(dllexport)
#else
#define EXPORT __attribute__((visibility("default")))
#endif

EXPORT int tle_kernel_abi(void) { return TLE_KERNEL_ABI; }

/* The tables Python passes (see tle_kernel.py, _Tables). A "word" is 8 columns of the
 * 144-column row, little-endian (column 8w + j is byte j of word w); its flags are 0x80 in a
 * byte where the flag holds. */
typedef struct {
    const uint8_t *allowed;         /* [WIDTH][256]: bit 0 strict template, bit 1 lenient */
    const uint64_t *digit_ok;       /* [WORDS]: the strict template takes any digit there */
    const uint64_t *blank_ok;       /* [WORDS]: the strict template takes a blank there */
    const uint64_t *special;        /* [WORDS]: columns judged by their table instead */
    const uint64_t *lead;           /* [WORDS]: a blank may not follow a non-blank there */
    const int32_t *columns_special; /* the columns flagged in special */
    int64_t n_special;
    const int64_t *days_to_year; /* [100]: days from 1970 to January 1st of the 2-digit year */
    const int64_t *year_days;    /* [100]: days in that year */
    const int64_t *alpha5;       /* [256]: value of a catalogue number's first character */
} Tables;

/* The output columns, in tle_decode.OUTPUT order, each of at least first + count rows. */
typedef struct {
    int64_t *norad_id;
    int64_t *epoch_ns;
    double *mean_motion_rev_per_day;
    double *eccentricity;
    double *inclination_deg;
    double *ra_of_asc_node_deg;
    double *arg_of_pericenter_deg;
    double *mean_anomaly_deg;
    double *bstar;
    double *mean_motion_dot;
    double *mean_motion_ddot;
    int8_t *ephemeris_type;
    int32_t *element_set_no;
    int64_t *rev_at_epoch;
    uint8_t *classification_byte;
    uint64_t *object_id_word;
    uint8_t *ok;
    uint8_t *lenient;
} Columns;

static const double POW10[15] = {1e0, 1e1, 1e2,  1e3,  1e4,  1e5,  1e6, 1e7,
                                 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14};

#define WORDS (WIDTH / 8)
#define LINE_WORDS (ROW / 8)
#define HIGH 0x8080808080808080ULL
#define LOW7 0x7F7F7F7F7F7F7F7FULL
#define LOW4 0x0F0F0F0F0F0F0F0FULL
#define LANES16 0x00FF00FF00FF00FFULL

static inline uint64_t load64(const uint8_t *p) {
    uint64_t w;
    memcpy(&w, p, 8);
    return w;
}

/* 0x80 in each byte of w that is an ASCII digit. */
static inline uint64_t digit_flags(uint64_t w) {
    uint64_t low = w & LOW7;
    uint64_t at_least_0 = low + 0x5050505050505050ULL; /* byte >= 0x30: high bit */
    uint64_t above_9 = low + 0x4646464646464646ULL;    /* byte >= 0x3A: high bit */
    return at_least_0 & ~above_9 & ~w & HIGH;
}

/* 0x80 in each byte of w that is a blank. */
static inline uint64_t blank_flags(uint64_t w) {
    uint64_t y = w ^ 0x2020202020202020ULL;
    return ~(((y & LOW7) + LOW7) | y) & HIGH;
}

/* The number whose digit values are the bytes of w, the most significant in byte 0. */
static inline int64_t swar_number(uint64_t w) {
    w = (w * 10 + (w >> 8)) & LANES16;
    w = (w * 100 + (w >> 16)) & 0x0000FFFF0000FFFFULL;
    w = (w * 10000 + (w >> 32)) & 0xFFFFFFFFULL;
    return (int64_t)w;
}

/* The digits of columns start..stop-1 (at most 8) as one integer, non-digits counting as 0;
 * v[c] is the digit value of column c (0 for non-digits), v[-8..-1] are 0. */
static inline int64_t run(const uint8_t *v, int start, int stop) {
    uint64_t w = load64(v + stop - 8);        /* columns stop-8 .. stop-1 */
    w &= ~0ULL << (8 * (8 - (stop - start))); /* columns before start: 0 */
    return swar_number(w);
}

/* The sum of the eight bytes of w (each at most 81). */
static inline int64_t byte_sum(uint64_t w) {
    uint64_t lanes = (w & LANES16) + ((w >> 8) & LANES16);
    return (int64_t)((lanes * 0x0001000100010001ULL) >> 48);
}

/* Copy one line into row[0:69] (row is blank already) and say whether its text after column
 * 69 is blank (no byte above 32). Reads only inside buf[0:buf_len]. */
static void put_line(const uint8_t *buf, int64_t buf_len, int64_t start, int64_t length,
                     uint8_t *row, int *tail_blank) {
    *tail_blank = 1;
    if (start < 0 || start >= buf_len || length <= 0) return;
    int64_t avail = buf_len - start;
    int64_t end = length < avail ? length : avail; /* bytes of the line inside the buffer */
    memcpy(row, buf + start, (size_t)(end < LINE_WIDTH ? end : LINE_WIDTH));
    for (int64_t j = LINE_WIDTH; j < end; j++) {
        if (buf[start + j] > 32) {
            *tail_blank = 0;
            break;
        }
    }
}

static inline int64_t sign(uint8_t byte) { return byte == '-' ? -1 : 1; }

static double fixed(const uint8_t *v, int int_start, int int_stop, int frac_stop, int decimals) {
    int64_t scale = (int64_t)POW10[decimals];
    int64_t whole = run(v, int_start, int_stop) * scale + run(v, int_stop + 1, frac_stop);
    return (double)whole / POW10[decimals];
}

static double implied_decimal(int64_t mantissa, int64_t exponent, int64_t sgn, int64_t exp_sgn) {
    int64_t shift = 5 - exp_sgn * exponent;
    double scale = POW10[shift < 0 ? -shift : shift];
    double magnitude = shift >= 0 ? (double)mantissa / scale : (double)mantissa * scale;
    return (double)sgn * magnitude;
}

/* Whether a line matches its checksum (a blank checksum column matches): the sum of its
 * digits but the checksum, and 1 per '-' in the columns minus (line 1), modulo 10. */
static int checksum_ok(const uint8_t *row, int64_t digit_sum, int64_t stated) {
    return (digit_sum - stated) % 10 == stated || row[68] == ' ';
}

/*
 * Decode sets first .. first + count - 1: set i has line 1 at line index line1[i] and line 2
 * at line1[i] + 1; its values go to row i of every column. Returns the number of good sets.
 * Little-endian machines only (the loader checks).
 */
EXPORT int64_t tle_decode(const uint8_t *buf, int64_t buf_len, const int64_t *starts,
                          const int64_t *lengths, int64_t n_lines, const int64_t *line1,
                          int64_t first, int64_t count, const Tables *t, const Columns *out) {
    uint8_t row[WIDTH];
    uint8_t values[8 + WIDTH]; /* 8 zero bytes, then the digit value of each column */
    memset(values, 0, 8);
    uint8_t *v = values + 8;
    const uint8_t *v2 = v + ROW;
    const uint8_t *r2 = row + ROW;
    int64_t good = 0;
    for (int64_t i = first; i < first + count; i++) {
        memset(row, ' ', WIDTH);
        int64_t l1 = line1[i];
        int in_range = l1 >= 0 && l1 + 1 < n_lines;
        int64_t len1 = 0, len2 = 0;
        int tail1 = 1, tail2 = 1;
        if (in_range) {
            len1 = lengths[l1];
            len2 = lengths[l1 + 1];
            put_line(buf, buf_len, starts[l1], len1, row, &tail1);
            put_line(buf, buf_len, starts[l1 + 1], len2, row + ROW, &tail2);
        }

        /* Per word: digit values, the strict template's digit and blank rules, the
         * leading-blank rule (a blank after a non-blank: the previous column is the byte
         * below, or the top byte of the previous word) and the checksum sums. */
        uint64_t bad = 0, lead = 0, previous_blank = 0;
        int64_t sums[2] = {0, 0};
        for (int w = 0; w < WORDS; w++) {
            uint64_t x = load64(row + 8 * w);
            uint64_t digits = digit_flags(x);
            uint64_t blanks = blank_flags(x);
            uint64_t value = x & LOW4 & ((digits >> 7) * 0xFF);
            memcpy(v + 8 * w, &value, 8);
            sums[w / LINE_WORDS] += byte_sum(value);
            bad |= ~((digits & t->digit_ok[w]) | (blanks & t->blank_ok[w]) | t->special[w]) & HIGH;
            uint64_t before = blanks << 8 | previous_blank >> 56;
            lead |= blanks & ~before & t->lead[w];
            previous_blank = blanks;
        }
        for (int64_t j = 0; j < t->n_special; j++) {
            int c = t->columns_special[j];
            bad |= !(t->allowed[c * 256 + row[c]] & 1);
        }
        int ok = !bad && !lead;
        int lenient = !(tail1 && tail2);
        if (!ok && !lead) { /* the lenient template, column by column */
            unsigned allowed = 2;
            for (int c = 0; c < WIDTH; c++) allowed &= t->allowed[c * 256 + row[c]];
            if (allowed) ok = lenient = 1;
        }
        sums[0] += (row[33] == '-') + (row[44] == '-') + (row[50] == '-') + (row[53] == '-') +
                   (row[59] == '-');
        ok &= in_range && len1 >= LINE_WIDTH - 1 && len2 >= LINE_WIDTH - 1;
        ok &= checksum_ok(row, sums[0], v[68]) && checksum_ok(r2, sums[1], v2[68]);

        /* The numbers. */
        int64_t norad = t->alpha5[row[2]] * 10000 + run(v, 3, 7);
        int64_t norad2 = t->alpha5[r2[2]] * 10000 + run(v2, 3, 7);
        int64_t year = run(v, 18, 20);
        int64_t day = run(v, 20, 23);
        int64_t epoch = (t->days_to_year[year] + day - 1) * NS_PER_DAY;
        epoch += run(v, 24, 32) * NS_PER_FRACTION_UNIT;
        double mean_motion = fixed(v2, 52, 54, 63, 8);
        double inclination = fixed(v2, 8, 11, 16, 4);
        double raan = fixed(v2, 17, 20, 25, 4);
        double argp = fixed(v2, 34, 37, 42, 4);
        double anomaly = fixed(v2, 43, 46, 51, 4);
        ok &= norad == norad2;
        ok &= day >= 1 && day <= t->year_days[year];
        ok &= inclination >= 0.0 && inclination <= 180.0;
        ok &= raan >= 0.0 && raan <= 360.0;
        ok &= argp >= 0.0 && argp <= 360.0;
        ok &= anomaly >= 0.0 && anomaly <= 360.0;
        ok &= mean_motion > 0.0;

        out->norad_id[i] = norad;
        out->epoch_ns[i] = epoch;
        out->mean_motion_rev_per_day[i] = mean_motion;
        out->eccentricity[i] = (double)run(v2, 26, 33) / 1e7;
        out->inclination_deg[i] = inclination;
        out->ra_of_asc_node_deg[i] = raan;
        out->arg_of_pericenter_deg[i] = argp;
        out->mean_anomaly_deg[i] = anomaly;
        out->bstar[i] =
            implied_decimal(run(v, 54, 59), run(v, 60, 61), sign(row[53]), sign(row[59]));
        out->mean_motion_dot[i] = (double)sign(row[33]) * ((double)run(v, 35, 43) / 1e8);
        out->mean_motion_ddot[i] =
            implied_decimal(run(v, 45, 50), run(v, 51, 52), sign(row[44]), sign(row[50]));
        out->ephemeris_type[i] = (int8_t)run(v, 62, 63);
        out->element_set_no[i] = (int32_t)run(v, 64, 68);
        out->rev_at_epoch[i] = run(v2, 63, 68);
        out->classification_byte[i] = row[7];
        out->object_id_word[i] = load64(row + 9);
        out->ok[i] = (uint8_t)ok;
        out->lenient[i] = (uint8_t)(lenient && ok);
        good += ok;
    }
    return good;
}

/* The characters of x in decimal: its digits, and 1 for a minus sign. */
static inline int64_t decimal_width(int64_t x) {
    uint64_t m = x < 0 ? 0 - (uint64_t)x : (uint64_t)x;
    int64_t width = 1 + (x < 0);
    while (m >= 10) {
        m /= 10;
        width++;
    }
    return width;
}

/*
 * The offsets of the records "prefix:number", one per number: offsets[0] = 0 and offsets[i + 1]
 * the end of record i (offsets has n + 1 entries). Returns the bytes of all the records.
 */
EXPORT int64_t tle_record_offsets(int64_t prefix_len, const int64_t *numbers, int64_t n,
                                  int64_t *offsets) {
    int64_t total = 0;
    offsets[0] = 0;
    for (int64_t i = 0; i < n; i++) {
        total += prefix_len + 1 + decimal_width(numbers[i]);
        offsets[i + 1] = total;
    }
    return total;
}

/*
 * Write record i, "prefix:number" (the number in decimal, '-' first when negative), at
 * data[offsets[i] : offsets[i + 1]]. Returns 0, or -1 (and stops) where the offsets do not
 * match the records (those of tle_record_offsets do) or would write outside data[0:data_len].
 */
EXPORT int64_t tle_record_text(const uint8_t *prefix, int64_t prefix_len, const int64_t *numbers,
                               int64_t n, const int64_t *offsets, uint8_t *data,
                               int64_t data_len) {
    for (int64_t i = 0; i < n; i++) {
        int64_t start = offsets[i], end = offsets[i + 1];
        int64_t x = numbers[i];
        if (start < 0 || end > data_len || end - start != prefix_len + 1 + decimal_width(x))
            return -1;
        memcpy(data + start, prefix, (size_t)prefix_len);
        data[start + prefix_len] = ':';
        uint64_t m = x < 0 ? 0 - (uint64_t)x : (uint64_t)x;
        int64_t at = end;
        do {
            data[--at] = (uint8_t)('0' + m % 10);
            m /= 10;
        } while (m);
        if (x < 0) data[--at] = '-';
    }
    return 0;
}

/*
 * Keep the strings kept[0:n_kept] of an Arrow large_string array (offsets[0:n+1] into
 * data[0:data_len], no nulls) in its own buffers: string kept[j] becomes string j, its bytes
 * moved down in data (memmove) and offsets[0:n_kept+1] rewritten (offsets[0] stays). kept
 * must increase strictly and lie in [0, n), and the offsets of the strings kept must not
 * decrease and lie in [offsets[0], data_len]: all checked before anything is written. Returns
 * the new end of the data (offsets[n_kept]), or -1 (nothing written) when a check fails.
 * A string is never moved up (a kept string's new place is never after its old one), and
 * its offsets are read before the slot they sit in can be overwritten.
 */
EXPORT int64_t tle_keep_strings(int64_t *offsets, int64_t n, uint8_t *data, int64_t data_len,
                                const int64_t *kept, int64_t n_kept) {
    if (n < 0 || n_kept < 0 || n_kept > n || offsets[0] < 0 || offsets[0] > data_len)
        return -1;
    for (int64_t j = 0; j < n_kept; j++) {
        int64_t k = kept[j];
        if (k < 0 || k >= n || (j && k <= kept[j - 1])) return -1;
        if (offsets[k] < offsets[0] || offsets[k + 1] < offsets[k] || offsets[k + 1] > data_len)
            return -1;
    }
    int64_t end = offsets[0];
    for (int64_t j = 0; j < n_kept; j++) {
        int64_t k = kept[j];
        int64_t start = offsets[k], size = offsets[k + 1] - start;
        if (start != end) memmove(data + end, data + start, (size_t)size);
        end += size;
        offsets[j + 1] = end;
    }
    return end;
}

/* The number of LF bytes in buf[0:buf_len]. */
EXPORT int64_t tle_count_newlines(const uint8_t *buf, int64_t buf_len) {
    int64_t count = 0;
    const uint8_t *at = buf, *end = buf + buf_len;
    while (at < end) {
        const uint8_t *found = memchr(at, '\n', (size_t)(end - at));
        if (!found) break;
        count++;
        at = found + 1;
    }
    return count;
}

/*
 * Every line of buf[0:buf_len], as tle_lines.split_lines finds them: line k starts at
 * starts[k] and has lengths[k] bytes (its LF, and a CR just before the LF or the end of the
 * text, excluded); a last line without LF counts unless it is empty. Writes at most
 * capacity lines (tle_count_newlines + 1 are enough); returns how many there are, or -1
 * (and stops) when they do not fit.
 */
EXPORT int64_t tle_split_lines(const uint8_t *buf, int64_t buf_len, int64_t *starts,
                               int64_t *lengths, int64_t capacity) {
    int64_t n = 0, start = 0;
    const uint8_t *end = buf + buf_len;
    while (start < buf_len) {
        const uint8_t *found = memchr(buf + start, '\n', (size_t)(end - (buf + start)));
        int64_t stop = found ? (int64_t)(found - buf) : buf_len; /* the LF, or the end */
        if (n >= capacity) return -1;
        int64_t length = stop - start;
        if (length > 0 && buf[stop - 1] == '\r') length--;
        starts[n] = start;
        lengths[n] = length;
        n++;
        if (!found) break;
        start = stop + 1;
    }
    return n;
}

/* The first two bytes of a line as a little-endian word (0 past its length or the text). */
static inline unsigned head_of(const uint8_t *buf, int64_t buf_len, int64_t start, int64_t length) {
    unsigned first = length >= 1 && start >= 0 && start < buf_len ? buf[start] : 0;
    unsigned second = length >= 2 && start >= 0 && start + 1 < buf_len ? buf[start + 1] : 0;
    return first | second << 8;
}

#define HEAD1 ('1' | ' ' << 8)
#define HEAD2 ('2' | ' ' << 8)

/*
 * Pair the n lines as tle_lines.pair_lines does, in one pass: each output gets the line
 * indices (ascending) of its kind and counts[k] says how many (each output has room for n):
 * line1 (a line 1 followed by a line 2) with name (the line before it when that is neither a
 * line 1, a line 2 nor a comment, else -1), orphan1, orphan2, comment (first byte '#') and
 * candidate (a non-empty line of none of those kinds not directly before a paired line 1:
 * stray text unless blank, which Python checks).
 */
EXPORT void tle_pair_lines(const uint8_t *buf, int64_t buf_len, const int64_t *starts,
                           const int64_t *lengths, int64_t n, int64_t *line1, int64_t *name,
                           int64_t *orphan1, int64_t *orphan2, int64_t *comment,
                           int64_t *candidate, int64_t *counts) {
    int64_t c_line1 = 0, c_orphan1 = 0, c_orphan2 = 0, c_comment = 0, c_candidate = 0;
    unsigned head = n > 0 ? head_of(buf, buf_len, starts[0], lengths[0]) : 0;
    int previous_paired = 0, previous_other = 0;
    for (int64_t k = 0; k < n; k++) {
        unsigned next = k + 1 < n ? head_of(buf, buf_len, starts[k + 1], lengths[k + 1]) : 0;
        int is1 = head == HEAD1, is2 = head == HEAD2;
        int next_is1 = k + 1 < n && next == HEAD1, next_is2 = k + 1 < n && next == HEAD2;
        int is_comment = (head & 0xFF) == '#';
        int other = !(is1 || is2 || is_comment);
        int paired = is1 && next_is2;
        if (paired) {
            line1[c_line1] = k;
            name[c_line1] = k > 0 && previous_other ? k - 1 : -1;
            c_line1++;
        }
        if (is1 && !next_is2) orphan1[c_orphan1++] = k;
        if (is2 && !previous_paired) orphan2[c_orphan2++] = k;
        if (is_comment) comment[c_comment++] = k;
        /* (next_is1 && the line after next is a line 2: the next line is a paired line 1) */
        int next_paired = next_is1 && k + 2 < n &&
                          head_of(buf, buf_len, starts[k + 2], lengths[k + 2]) == HEAD2;
        if (other && !next_paired && lengths[k] != 0) candidate[c_candidate++] = k;
        previous_paired = paired;
        previous_other = other;
        head = next;
    }
    counts[0] = c_line1;
    counts[1] = c_orphan1;
    counts[2] = c_orphan2;
    counts[3] = c_comment;
    counts[4] = c_candidate;
}
