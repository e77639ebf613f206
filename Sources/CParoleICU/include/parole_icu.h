/*
 * parole_icu.h — the ICU4C calls Parole uses, behind plain C types.
 *
 * Swift on Linux ships its own copy of ICU's headers inside Foundation, so a
 * Swift module that sees both Foundation and the system's the unicode/ headers fails
 * to compile (UErrorCode and friends are declared twice). This header exposes
 * only <stdint.h> types; the implementation file is the one place that
 * includes the system ICU headers and links libicuuc / libicui18n.
 *
 * Conventions
 * - Text is UTF-16 (`const uint16_t *` plus a length in code units).
 * - `status` out-parameters carry an ICU UErrorCode value: 0 is success,
 *   negative values are warnings, positive values are errors. Pass the value
 *   to parole_icu_error_name() for a readable name.
 * - Functions that write text return the length they need; when that is
 *   larger than `capacity` nothing useful was written and the caller retries
 *   with a larger buffer (status is U_BUFFER_OVERFLOW_ERROR, 15).
 */
#ifndef PAROLE_ICU_H
#define PAROLE_ICU_H

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/** ICU's status code for "buffer too small". */
#define PAROLE_ICU_BUFFER_OVERFLOW 15

/** The readable name of an ICU status code, such as "U_ILLEGAL_ARGUMENT_ERROR". */
const char *parole_icu_error_name(int32_t status);

/** The version of the ICU library in use, such as "72.1". */
void parole_icu_version(char *buffer, int32_t capacity);

/* ---- Character classes ------------------------------------------------- */

/** Flags of parole_unit_classes (the bits of Swift's UnitClass). */
enum {
    PAROLE_CLASS_LETTER = 1 << 0,
    PAROLE_CLASS_UPPERCASE = 1 << 1,
    PAROLE_CLASS_LOWERCASE = 1 << 2,
    PAROLE_CLASS_DIGIT = 1 << 3,
    PAROLE_CLASS_SPACE = 1 << 4,
    PAROLE_CLASS_LINE_BREAK = 1 << 5,
    PAROLE_CLASS_PUNCTUATION = 1 << 6,
    PAROLE_CLASS_SYMBOL = 1 << 7,
    PAROLE_CLASS_MARK = 1 << 8,
    PAROLE_CLASS_QUOTATION_MARK = 1 << 9,
    PAROLE_CLASS_APOSTROPHE = 1 << 10,
    PAROLE_CLASS_DASH = 1 << 11,
    PAROLE_CLASS_TERMINAL = 1 << 12,
    PAROLE_CLASS_FORMAT = 1 << 13
};

/**
 * The class flags of every UTF-16 code unit (65,536 entries), filled from ICU's
 * character properties when the library is loaded. Surrogate halves are symbols.
 */
extern const uint16_t *const parole_unit_classes;

/* ---- Break iteration ---------------------------------------------------- */

/** Kinds of text boundaries, as in ICU's UBreakIteratorType. */
enum {
    PAROLE_BREAK_CHARACTER = 0,
    PAROLE_BREAK_WORD = 1,
    PAROLE_BREAK_LINE = 2,
    PAROLE_BREAK_SENTENCE = 3
};

/** An ICU break iterator. Not thread-safe: use one per thread (clone it). */
typedef struct ParoleBreakIterator ParoleBreakIterator;

/**
 * Opens a break iterator of `kind` for `locale` (for instance "fr" or
 * "fr@ss=standard", which adds CLDR's sentence-break suppressions such as
 * "M." so that "M. Blinken" does not end a sentence). NULL on failure.
 */
ParoleBreakIterator *parole_break_open(int32_t kind, const char *locale, int32_t *status);

/** An independent copy of `iterator`, usable on another thread. */
ParoleBreakIterator *parole_break_clone(const ParoleBreakIterator *iterator, int32_t *status);

/** Releases the iterator. */
void parole_break_close(ParoleBreakIterator *iterator);

/**
 * Points the iterator at `text` (not copied: it must outlive the iteration)
 * and moves it to the start of the text.
 */
void parole_break_set_text(ParoleBreakIterator *iterator, const uint16_t *text, int32_t length,
                           int32_t *status);

/** The next boundary after the current one, or -1 at the end of the text. */
int32_t parole_break_next(ParoleBreakIterator *iterator);

/**
 * The status of the rule that produced the last boundary (for word breaks:
 * 0–99 none, 100–199 number, 200–299 letter, 300–399 kana, 400–499 ideograph).
 */
int32_t parole_break_rule_status(const ParoleBreakIterator *iterator);

/**
 * Writes up to `capacity` following boundaries into `boundaries` and, when
 * `statuses` is not NULL, their rule statuses. Returns how many were written;
 * fewer than `capacity` means the end of the text was reached.
 */
int32_t parole_break_collect(ParoleBreakIterator *iterator, int32_t *boundaries, int32_t *statuses,
                             int32_t capacity);

/* ---- Normalization ------------------------------------------------------ */

/** Normalization forms. */
enum {
    PAROLE_NORMALIZE_NFC = 0,
    PAROLE_NORMALIZE_NFD = 1,
    PAROLE_NORMALIZE_NFKC = 2,
    PAROLE_NORMALIZE_NFKC_CASEFOLD = 3
};

/** Normalizes `source` into `destination`; returns the length of the result. */
int32_t parole_normalize(int32_t form, const uint16_t *source, int32_t length, uint16_t *destination,
                         int32_t capacity, int32_t *status);

/** 1 when `source` is already in `form`, 0 otherwise. */
int32_t parole_is_normalized(int32_t form, const uint16_t *source, int32_t length, int32_t *status);

/**
 * A search key: NFKC case folding, then canonical decomposition with the
 * combining marks removed ("État" → "etat", "ﬁn" → "fin").
 */
int32_t parole_fold(const uint16_t *source, int32_t length, uint16_t *destination, int32_t capacity,
                    int32_t *status);

/* ---- Number spell-out (rule-based number format) ------------------------ */

/** ICU's rule-based spell-out number format for one locale. Not thread-safe. */
typedef struct ParoleSpellout ParoleSpellout;

/** Opens the spell-out rules of `locale` ("fr"). NULL on failure. */
ParoleSpellout *parole_spellout_open(const char *locale, int32_t *status);

/** Releases the format. */
void parole_spellout_close(ParoleSpellout *spellout);

/** Writes `value` in words ("quarante-cinq"); returns the length needed. */
int32_t parole_spellout_format(ParoleSpellout *spellout, int64_t value, uint16_t *destination,
                               int32_t capacity, int32_t *status);

/**
 * Parses number words at the start of `text`. Returns the value and sets
 * `parsed_length` to the number of code units read (0 when nothing parsed).
 */
double parole_spellout_parse(ParoleSpellout *spellout, const uint16_t *text, int32_t length,
                             int32_t *parsed_length, int32_t *status);

/* ---- Locale data -------------------------------------------------------- */

/** The number of ISO 3166 two-letter country codes ICU knows. */
int32_t parole_country_code_count(void);

/** The country code at `index` ("FR"), or NULL past the end. */
const char *parole_country_code(int32_t index);

/**
 * The name of a region ("FR", "DE", or a UN M.49 code such as "150") in the
 * language of `display_locale` ("fr" → "France", "Allemagne", "Europe").
 * Returns the length needed; when ICU has no name it returns the code itself
 * and sets status to a warning (U_USING_DEFAULT_WARNING, -127).
 */
int32_t parole_region_name(const char *region, const char *display_locale, uint16_t *destination,
                           int32_t capacity, int32_t *status);

/** Calendar symbol families for parole_date_symbol(). */
enum {
    PAROLE_SYMBOL_MONTHS = 0,            /* "janvier" … "décembre" */
    PAROLE_SYMBOL_SHORT_MONTHS = 1,      /* "janv." … */
    PAROLE_SYMBOL_WEEKDAYS = 2,          /* "dimanche" (index 1) … "samedi" (7) */
    PAROLE_SYMBOL_SHORT_WEEKDAYS = 3,
    PAROLE_SYMBOL_STANDALONE_MONTHS = 4
};

/** How many symbols the family has in `locale` (weekdays count a blank 0). */
int32_t parole_date_symbol_count(const char *locale, int32_t family, int32_t *status);

/** Symbol `index` of `family` in the Gregorian calendar of `locale`. */
int32_t parole_date_symbol(const char *locale, int32_t family, int32_t index, uint16_t *destination,
                           int32_t capacity, int32_t *status);

#ifdef __cplusplus
}
#endif

#endif /* PAROLE_ICU_H */
