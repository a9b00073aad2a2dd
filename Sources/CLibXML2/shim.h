// libxml2's headers include ICU when libxml2 was built with it, and ICU's
// declarations clash with the copy Foundation carries in the same Swift
// module. feedgen never uses libxml2's ICU encoders, so switch them off
// before any other libxml2 header is read.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED

#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>
#include <libxml/relaxng.h>
#include <libxml/SAX2.h>
#include <libxml/HTMLparser.h>
#include <libxml/HTMLtree.h>
#include <libxml/xmlsave.h>

// `xmlFree` is a global function pointer, which Swift 6 refuses to read
// from concurrent code; this wrapper is a plain function.
static inline void CLibXML2_free(void *pointer) { xmlFree(pointer); }
