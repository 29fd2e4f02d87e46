#ifndef CFUZZERDRIVER_H
#define CFUZZERDRIVER_H
#include <stddef.h>
#include <stdint.h>

/// libFuzzer's entry point for programs with their own `main` (LLVM 12 and later). SwiftPM
/// renames an executable's `main` and links it back with `--defsym main=<module>_main`, so the
/// harness keeps its own top-level code and hands the command line to this driver.
int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*UserCb)(const uint8_t *Data, size_t Size));

#endif
