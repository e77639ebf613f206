/*
 * parole_memory.h — allocator housekeeping not reachable from Swift's Glibc module.
 */
#ifndef PAROLE_MEMORY_H
#define PAROLE_MEMORY_H

#ifdef __cplusplus
extern "C" {
#endif

/**
 * Returns memory the allocator holds but no longer uses to the system
 * (glibc's malloc_trim); does nothing where that is not available.
 */
void parole_release_free_memory(void);

#ifdef __cplusplus
}
#endif

#endif /* PAROLE_MEMORY_H */
