/*
 * parole_memory.c — see include/parole_memory.h.
 */
#include "parole_memory.h"

#if defined(__GLIBC__)
#include <malloc.h>
#endif

void parole_release_free_memory(void) {
#if defined(__GLIBC__)
    malloc_trim(0);
#endif
}
