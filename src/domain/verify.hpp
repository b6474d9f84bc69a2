#pragma once

#include <cstdio>
#include <cstdlib>

/// Stops the process on a broken invariant (a bug, never bad input): prints where and aborts.
#define MSSOPS_VERIFY(condition)                                                                   \
    do {                                                                                           \
        if (!(condition)) {                                                                        \
            std::fprintf(stderr, "%s:%d: invariant failed: %s\n", __FILE__, __LINE__, #condition); \
            std::abort();                                                                          \
        }                                                                                          \
    } while (false)
