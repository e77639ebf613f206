#ifndef C_PAROLE_ICU_H
#define C_PAROLE_ICU_H

/// The module's umbrella header: every header of the C layer, listed so that adding one
/// changes this file and a build made before it never reads a stale module.
#include "parole_icu.h"
#include "parole_memory.h"
#include "parole_resources.h"

#endif
