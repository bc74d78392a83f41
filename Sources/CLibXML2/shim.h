#ifndef SCRUTINY_LIBXML2_SHIM_H
#define SCRUTINY_LIBXML2_SHIM_H
/* Only CHTMLReader's C file includes libxml2; this target brings its compiler and linker flags. */
#endif
