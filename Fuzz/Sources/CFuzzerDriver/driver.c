// Only the declaration in include/CFuzzerDriver.h matters; libFuzzer provides the definition.
#include "CFuzzerDriver.h"
