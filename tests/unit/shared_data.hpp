#pragma once

#include <gtest/gtest.h>

#include <filesystem>

// Real data files (ACLED extracts, OCHA boundaries, the seed article) are test fixtures kept in
// ../shared beside the repository, never shipped in it: a checkout without that folder skips the
// tests that read them, and says which file is missing.
#define MSSOPS_SKIP_WITHOUT_SHARED(fixture)                               \
    if (!std::filesystem::exists(fixture))                                \
    GTEST_SKIP() << "missing " << std::filesystem::path(fixture).string() \
                 << " (the ../shared folder beside the repository holds it; it is absent here)"
