#include "CHTMLReader.h"

#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <libxml/xmlmemory.h>

void *scrutiny_html_parse(const char *bytes, int length) {
    int options = HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET | HTML_PARSE_COMPACT;
    return htmlReadMemory(bytes, length, NULL, "UTF-8", options);
}

void scrutiny_html_free(void *document) { xmlFreeDoc((xmlDocPtr)document); }

const void *scrutiny_html_root(void *document) { return xmlDocGetRootElement((xmlDocPtr)document); }

int scrutiny_html_type(const void *node) { return (int)((const xmlNode *)node)->type; }

const char *scrutiny_html_name(const void *node) {
    const xmlNode *n = node;
    return n->type == XML_ELEMENT_NODE ? (const char *)n->name : NULL;
}

const char *scrutiny_html_content(const void *node) {
    const xmlNode *n = node;
    return (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) ? (const char *)n->content : NULL;
}

const void *scrutiny_html_first_child(const void *node) { return ((const xmlNode *)node)->children; }

const void *scrutiny_html_next(const void *node) { return ((const xmlNode *)node)->next; }

const void *scrutiny_html_first_attribute(const void *node) {
    const xmlNode *n = node;
    return n->type == XML_ELEMENT_NODE ? n->properties : NULL;
}

const void *scrutiny_html_next_attribute(const void *attribute) { return ((const xmlAttr *)attribute)->next; }

const char *scrutiny_html_attribute_name(const void *attribute) { return (const char *)((const xmlAttr *)attribute)->name; }

char *scrutiny_html_attribute_value(const void *node, const void *attribute) {
    return (char *)xmlGetProp((const xmlNode *)node, ((const xmlAttr *)attribute)->name);
}

void scrutiny_html_free_string(char *text) { xmlFree(text); }
