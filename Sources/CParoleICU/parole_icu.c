/*
 * parole_icu.c — thin wrappers over ICU4C; see include/parole_icu.h.
 */
#include "parole_icu.h"

#include <stdlib.h>
#include <string.h>
#include <unicode/ubrk.h>
#include <unicode/udat.h>
#include <unicode/uloc.h>
#include <unicode/unorm2.h>
#include <unicode/unum.h>
#include <unicode/uchar.h>
#include <unicode/uversion.h>

const char *parole_icu_error_name(int32_t status) { return u_errorName((UErrorCode)status); }

void parole_icu_version(char *buffer, int32_t capacity) {
    UVersionInfo info;
    char text[U_MAX_VERSION_STRING_LENGTH];
    u_getVersion(info);
    u_versionToString(info, text);
    if (capacity > 0) {
        strncpy(buffer, text, (size_t)capacity - 1);
        buffer[capacity - 1] = 0;
    }
}

/* ---- Character classes ------------------------------------------------- */

static uint16_t unit_class_table[0x10000];
const uint16_t *const parole_unit_classes = unit_class_table;

static uint16_t classify(UChar32 c) {
    uint16_t flags = 0;
    switch (u_charType(c)) {
    case U_UPPERCASE_LETTER:
    case U_TITLECASE_LETTER: flags |= PAROLE_CLASS_LETTER | PAROLE_CLASS_UPPERCASE; break;
    case U_LOWERCASE_LETTER: flags |= PAROLE_CLASS_LETTER | PAROLE_CLASS_LOWERCASE; break;
    case U_MODIFIER_LETTER:
    case U_OTHER_LETTER: flags |= PAROLE_CLASS_LETTER; break;
    case U_DECIMAL_DIGIT_NUMBER: flags |= PAROLE_CLASS_DIGIT; break;
    case U_LETTER_NUMBER:
    case U_OTHER_NUMBER: flags |= PAROLE_CLASS_SYMBOL; break;
    case U_NON_SPACING_MARK:
    case U_ENCLOSING_MARK:
    case U_COMBINING_SPACING_MARK: flags |= PAROLE_CLASS_MARK; break;
    case U_SPACE_SEPARATOR:
    case U_LINE_SEPARATOR:
    case U_PARAGRAPH_SEPARATOR: flags |= PAROLE_CLASS_SPACE; break;
    case U_DASH_PUNCTUATION:
    case U_START_PUNCTUATION:
    case U_END_PUNCTUATION:
    case U_CONNECTOR_PUNCTUATION:
    case U_OTHER_PUNCTUATION:
    case U_INITIAL_PUNCTUATION:
    case U_FINAL_PUNCTUATION: flags |= PAROLE_CLASS_PUNCTUATION; break;
    case U_MATH_SYMBOL:
    case U_CURRENCY_SYMBOL:
    case U_MODIFIER_SYMBOL:
    case U_OTHER_SYMBOL: flags |= PAROLE_CLASS_SYMBOL; break;
    case U_FORMAT_CHAR: flags |= PAROLE_CLASS_FORMAT; break;
    case U_SURROGATE: flags |= PAROLE_CLASS_SYMBOL; break;
    default: break;
    }
    if (u_isUWhiteSpace(c)) flags |= PAROLE_CLASS_SPACE;
    switch (c) {
    case 0x0A: case 0x0B: case 0x0C: case 0x0D: case 0x85: case 0x2028: case 0x2029:
        flags |= PAROLE_CLASS_SPACE | PAROLE_CLASS_LINE_BREAK;
        break;
    case 0x22: case 0xAB: case 0xBB: case 0x201C: case 0x201D: case 0x201E: case 0x201F: case 0x2039:
    case 0x203A:
        flags |= PAROLE_CLASS_QUOTATION_MARK;
        break;
    case 0x27: case 0x2018: case 0x2019: case 0x201B: case 0x02BC: case 0x2032:
        flags |= PAROLE_CLASS_APOSTROPHE;
        break;
    case 0x2D: case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014: case 0x2015: case 0x2212:
        flags |= PAROLE_CLASS_DASH;
        break;
    case 0x2E: case 0x21: case 0x3F: case 0x2026: case 0x203C: case 0x2047: case 0x2048: case 0x2049:
    case 0xFF01: case 0xFF0E: case 0xFF1F:
        flags |= PAROLE_CLASS_TERMINAL;
        break;
    default: break;
    }
    return flags;
}

__attribute__((constructor)) static void fill_unit_classes(void) {
    for (UChar32 c = 0; c < 0x10000; c++) unit_class_table[c] = classify(c);
}

/* ---- Break iteration ---------------------------------------------------- */

struct ParoleBreakIterator {
    UBreakIterator *iterator;
};

static ParoleBreakIterator *wrap_iterator(UBreakIterator *iterator) {
    if (iterator == NULL) return NULL;
    ParoleBreakIterator *wrapper = (ParoleBreakIterator *)malloc(sizeof(ParoleBreakIterator));
    if (wrapper == NULL) {
        ubrk_close(iterator);
        return NULL;
    }
    wrapper->iterator = iterator;
    return wrapper;
}

ParoleBreakIterator *parole_break_open(int32_t kind, const char *locale, int32_t *status) {
    UErrorCode error = U_ZERO_ERROR;
    UBreakIterator *iterator = ubrk_open((UBreakIteratorType)kind, locale, NULL, 0, &error);
    *status = error;
    if (U_FAILURE(error)) return NULL;
    return wrap_iterator(iterator);
}

ParoleBreakIterator *parole_break_clone(const ParoleBreakIterator *source, int32_t *status) {
    UErrorCode error = U_ZERO_ERROR;
    UBreakIterator *iterator = ubrk_clone(source->iterator, &error);
    *status = error;
    if (U_FAILURE(error)) return NULL;
    return wrap_iterator(iterator);
}

void parole_break_close(ParoleBreakIterator *iterator) {
    if (iterator == NULL) return;
    ubrk_close(iterator->iterator);
    free(iterator);
}

void parole_break_set_text(ParoleBreakIterator *iterator, const uint16_t *text, int32_t length,
                           int32_t *status) {
    UErrorCode error = U_ZERO_ERROR;
    ubrk_setText(iterator->iterator, (const UChar *)text, length, &error);
    *status = error;
}

int32_t parole_break_next(ParoleBreakIterator *iterator) {
    int32_t boundary = ubrk_next(iterator->iterator);
    return boundary == UBRK_DONE ? -1 : boundary;
}

int32_t parole_break_rule_status(const ParoleBreakIterator *iterator) {
    return ubrk_getRuleStatus(iterator->iterator);
}

int32_t parole_break_collect(ParoleBreakIterator *iterator, int32_t *boundaries, int32_t *statuses,
                             int32_t capacity) {
    int32_t count = 0;
    while (count < capacity) {
        int32_t boundary = ubrk_next(iterator->iterator);
        if (boundary == UBRK_DONE) break;
        boundaries[count] = boundary;
        if (statuses != NULL) statuses[count] = ubrk_getRuleStatus(iterator->iterator);
        count++;
    }
    return count;
}

/* ---- Normalization ------------------------------------------------------ */

static const UNormalizer2 *normalizer_for(int32_t form, UErrorCode *error) {
    switch (form) {
    case PAROLE_NORMALIZE_NFC: return unorm2_getNFCInstance(error);
    case PAROLE_NORMALIZE_NFD: return unorm2_getNFDInstance(error);
    case PAROLE_NORMALIZE_NFKC: return unorm2_getNFKCInstance(error);
    case PAROLE_NORMALIZE_NFKC_CASEFOLD: return unorm2_getNFKCCasefoldInstance(error);
    default: *error = U_ILLEGAL_ARGUMENT_ERROR; return NULL;
    }
}

int32_t parole_normalize(int32_t form, const uint16_t *source, int32_t length, uint16_t *destination,
                         int32_t capacity, int32_t *status) {
    UErrorCode error = U_ZERO_ERROR;
    const UNormalizer2 *normalizer = normalizer_for(form, &error);
    int32_t result = 0;
    if (U_SUCCESS(error)) {
        result = unorm2_normalize(normalizer, (const UChar *)source, length, (UChar *)destination,
                                  capacity, &error);
    }
    *status = error;
    return result;
}

int32_t parole_is_normalized(int32_t form, const uint16_t *source, int32_t length, int32_t *status) {
    UErrorCode error = U_ZERO_ERROR;
    const UNormalizer2 *normalizer = normalizer_for(form, &error);
    UBool result = 0;
    if (U_SUCCESS(error)) {
        result = unorm2_isNormalized(normalizer, (const UChar *)source, length, &error);
    }
    *status = error;
    return result ? 1 : 0;
}

int32_t parole_fold(const uint16_t *source, int32_t length, uint16_t *destination, int32_t capacity,
                    int32_t *status) {
    UErrorCode error = U_ZERO_ERROR;
    const UNormalizer2 *fold = unorm2_getNFKCCasefoldInstance(&error);
    const UNormalizer2 *decompose = unorm2_getNFDInstance(&error);
    if (U_FAILURE(error)) {
        *status = error;
        return 0;
    }
    /* Case-fold into a scratch buffer, decompose, then drop combining marks. */
    UChar stack_folded[256], stack_decomposed[512];
    UChar *folded = stack_folded, *decomposed = stack_decomposed;
    int32_t folded_capacity = 256, decomposed_capacity = 512;
    int32_t folded_length = unorm2_normalize(fold, (const UChar *)source, length, folded,
                                             folded_capacity, &error);
    if (error == U_BUFFER_OVERFLOW_ERROR) {
        error = U_ZERO_ERROR;
        folded_capacity = folded_length + 1;
        folded = (UChar *)malloc(sizeof(UChar) * (size_t)folded_capacity);
        folded_length = unorm2_normalize(fold, (const UChar *)source, length, folded,
                                         folded_capacity, &error);
    }
    int32_t decomposed_length = 0;
    if (U_SUCCESS(error)) {
        decomposed_length = unorm2_normalize(decompose, folded, folded_length, decomposed,
                                             decomposed_capacity, &error);
        if (error == U_BUFFER_OVERFLOW_ERROR) {
            error = U_ZERO_ERROR;
            decomposed_capacity = decomposed_length + 1;
            decomposed = (UChar *)malloc(sizeof(UChar) * (size_t)decomposed_capacity);
            decomposed_length = unorm2_normalize(decompose, folded, folded_length, decomposed,
                                                 decomposed_capacity, &error);
        }
    }
    int32_t written = 0;
    if (U_SUCCESS(error)) {
        int32_t index = 0;
        while (index < decomposed_length) {
            UChar32 c;
            U16_NEXT(decomposed, index, decomposed_length, c);
            if (u_getCombiningClass(c) != 0 || u_charType(c) == U_NON_SPACING_MARK) continue;
            int32_t units = U16_LENGTH(c);
            if (written + units <= capacity) {
                if (units == 1) {
                    destination[written] = (uint16_t)c;
                } else {
                    destination[written] = (uint16_t)U16_LEAD(c);
                    destination[written + 1] = (uint16_t)U16_TRAIL(c);
                }
            }
            written += units;
        }
        if (written > capacity) error = U_BUFFER_OVERFLOW_ERROR;
    }
    if (folded != stack_folded) free(folded);
    if (decomposed != stack_decomposed) free(decomposed);
    *status = error;
    return written;
}

/* ---- Number spell-out --------------------------------------------------- */

struct ParoleSpellout {
    UNumberFormat *format;
};

ParoleSpellout *parole_spellout_open(const char *locale, int32_t *status) {
    UErrorCode error = U_ZERO_ERROR;
    UNumberFormat *format = unum_open(UNUM_SPELLOUT, NULL, 0, locale, NULL, &error);
    *status = error;
    if (U_FAILURE(error)) return NULL;
    unum_setAttribute(format, UNUM_LENIENT_PARSE, 1);
    ParoleSpellout *spellout = (ParoleSpellout *)malloc(sizeof(ParoleSpellout));
    if (spellout == NULL) {
        unum_close(format);
        return NULL;
    }
    spellout->format = format;
    return spellout;
}

void parole_spellout_close(ParoleSpellout *spellout) {
    if (spellout == NULL) return;
    unum_close(spellout->format);
    free(spellout);
}

int32_t parole_spellout_format(ParoleSpellout *spellout, int64_t value, uint16_t *destination,
                               int32_t capacity, int32_t *status) {
    UErrorCode error = U_ZERO_ERROR;
    int32_t length = unum_formatInt64(spellout->format, value, (UChar *)destination, capacity, NULL,
                                      &error);
    *status = error;
    return length;
}

double parole_spellout_parse(ParoleSpellout *spellout, const uint16_t *text, int32_t length,
                             int32_t *parsed_length, int32_t *status) {
    UErrorCode error = U_ZERO_ERROR;
    int32_t position = 0;
    double value = unum_parseDouble(spellout->format, (const UChar *)text, length, &position, &error);
    *status = error;
    *parsed_length = U_SUCCESS(error) ? position : 0;
    return U_SUCCESS(error) ? value : 0;
}

/* ---- Locale data -------------------------------------------------------- */

int32_t parole_country_code_count(void) {
    const char *const *codes = uloc_getISOCountries();
    int32_t count = 0;
    while (codes[count] != NULL) count++;
    return count;
}

const char *parole_country_code(int32_t index) {
    if (index < 0 || index >= parole_country_code_count()) return NULL;
    return uloc_getISOCountries()[index];
}

int32_t parole_region_name(const char *region, const char *display_locale, uint16_t *destination,
                           int32_t capacity, int32_t *status) {
    char locale[32] = "und_";
    strncat(locale, region, sizeof(locale) - strlen(locale) - 1);
    UErrorCode error = U_ZERO_ERROR;
    int32_t length = uloc_getDisplayCountry(locale, display_locale, (UChar *)destination, capacity,
                                            &error);
    *status = error;
    return length;
}

static UDateFormatSymbolType symbol_type(int32_t family) {
    switch (family) {
    case PAROLE_SYMBOL_SHORT_MONTHS: return UDAT_SHORT_MONTHS;
    case PAROLE_SYMBOL_WEEKDAYS: return UDAT_WEEKDAYS;
    case PAROLE_SYMBOL_SHORT_WEEKDAYS: return UDAT_SHORT_WEEKDAYS;
    case PAROLE_SYMBOL_STANDALONE_MONTHS: return UDAT_STANDALONE_MONTHS;
    default: return UDAT_MONTHS;
    }
}

static UDateFormat *open_date_format(const char *locale, UErrorCode *error) {
    static const UChar utc[] = {'U', 'T', 'C', 0};
    return udat_open(UDAT_LONG, UDAT_NONE, locale, utc, -1, NULL, 0, error);
}

int32_t parole_date_symbol_count(const char *locale, int32_t family, int32_t *status) {
    UErrorCode error = U_ZERO_ERROR;
    UDateFormat *format = open_date_format(locale, &error);
    int32_t count = 0;
    if (U_SUCCESS(error)) {
        count = udat_countSymbols(format, symbol_type(family));
        udat_close(format);
    }
    *status = error;
    return count;
}

int32_t parole_date_symbol(const char *locale, int32_t family, int32_t index, uint16_t *destination,
                           int32_t capacity, int32_t *status) {
    UErrorCode error = U_ZERO_ERROR;
    UDateFormat *format = open_date_format(locale, &error);
    int32_t length = 0;
    if (U_SUCCESS(error)) {
        length = udat_getSymbols(format, symbol_type(family), index, (UChar *)destination, capacity,
                                 &error);
        udat_close(format);
    }
    *status = error;
    return length;
}
