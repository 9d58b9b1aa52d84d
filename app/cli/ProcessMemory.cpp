// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

#include "ProcessMemory.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>  // first, so that __GLIBC__ is known below

#if defined(__GLIBC__)
#include <malloc.h>
#include <sys/mman.h>
#include <unistd.h>
#endif

namespace headroom::cli {

void prepareHeapForOneRun()
{
#if defined(__GLIBC__)
    constexpr std::size_t kMiB = 1024 * 1024;
    constexpr std::size_t kHugePage = 2 * kMiB;  // x86-64 and AArch64 (4 KiB pages)
    // Blocks up to 32 MiB (glibc's largest threshold) come from the heap, not each from its own
    // mapping that is unmapped when freed; the heap is never trimmed; it grows 64 MiB at a time.
    mallopt(M_MMAP_THRESHOLD, static_cast<int>(32 * kMiB));
    mallopt(M_TRIM_THRESHOLD, static_cast<int>(1024 * kMiB));
    mallopt(M_TOP_PAD, static_cast<int>(64 * kMiB));
#if defined(MADV_HUGEPAGE)
    // Grow the heap now (a block larger than what is left at its top), then ask for huge pages
    // over the whole 2 MiB-aligned part of it past that block. Only address space is taken: pages
    // are given when first touched. The same as glibc's own tunable glibc.malloc.hugetlb=1,
    // which a program cannot set for itself.
    void *probe = std::malloc(kHugePage);
    if (!probe)
        return;
    const auto from = (reinterpret_cast<std::uintptr_t>(probe) + kHugePage - 1) & ~(kHugePage - 1);
    const auto to = reinterpret_cast<std::uintptr_t>(sbrk(0)) & ~(kHugePage - 1);
    std::free(probe);
    if (to > from)
        madvise(reinterpret_cast<void *>(from), to - from, MADV_HUGEPAGE);  // refused: small pages, as before
#endif
#endif
}

} // namespace headroom::cli
