/* hearth-xml.c
 *
 * Copyright 2026 The Hearth developers
 *
 * This program is free software: you can redistribute it and/or modify
 * it under the terms of the GNU General Public License as published by
 * the Free Software Foundation, either version 3 of the License, or
 * (at your option) any later version.
 *
 * This program is distributed in the hope that it will be useful,
 * but WITHOUT ANY WARRANTY; without even the implied warranty of
 * MERCHANTABILITY or FITNESS FOR A PARTICULAR PURPOSE.  See the
 * GNU General Public License for more details.
 *
 * You should have received a copy of the GNU General Public License
 * along with this program.  If not, see <https://www.gnu.org/licenses/>.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "hearth-core"

#include "config.h"

#include <string.h>

#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/relaxng.h>
#include <libxml/xmlerror.h>

#include "hearth-instrument-error.h"
#include "hearth-xml.h"

/*
 * Reading XML that someone else wrote (a partnership's own instrument, an
 * import) with libxml2 2.9.14, which has neither XML_PARSE_NO_XXE nor
 * amplification limits. See STYLE.md, "Untrusted XML":
 *
 *  - the bytes are checked first: size, NUL bytes, UTF-8;
 *  - the parser never substitutes entities, loads a DTD, expands XInclude
 *    or lifts its own limits, and never touches the network;
 *  - an external-entity loader that refuses everything is installed for
 *    the duration of the parse;
 *  - a DOCTYPE stops the parse at once, before its internal subset is read,
 *    so entity bombs never get a chance to expand;
 *  - nesting is bounded while parsing, not after the tree is built;
 *  - libxml2's own messages go to a structured handler on the parser
 *    context and become one GError, never text on standard error.
 *
 * The entity loader is process-global in libxml2, so parsing and schema
 * validation are serialised with a lock.
 */

#define XINCLUDE_NS_2001 "http://www.w3.org/2001/XInclude"
#define XINCLUDE_NS_2003 "http://www.w3.org/2003/XInclude"

typedef struct
{
  const char                *display_name;  /* borrowed */
  GError                    *error;         /* owned; the first fault only */
  guint                      depth;
  startElementNsSAX2Func     start_element; /* libxml2's own handlers */
  endElementNsSAX2Func       end_element;
  int                        error_line;    /* schema errors: the line of @error */
} ParseState;

G_LOCK_DEFINE_STATIC (xml);
static GHashTable *schemas;         /* resource path → xmlRelaxNG*, under the lock */
static ParseState *current_parse;  /* under the lock */

static void
ensure_initialised (void)
{
  static gsize initialised = 0;

  if (g_once_init_enter (&initialised))
    {
      xmlInitParser ();
      g_once_init_leave (&initialised, 1);
    }
}

static int
count_line (const char *data,
            gsize       offset)
{
  int line = 1;

  for (gsize i = 0; i < offset; i++)
    if (data[i] == '\n')
      line++;

  return line;
}

/* libxml2 ends its messages with a newline and sometimes wraps them. */
static char *
tidy_libxml_message (const char *message)
{
  g_autofree char *copy = g_strdup (message != NULL ? message : "");
  char *p;

  for (p = copy; *p != '\0'; p++)
    if (*p == '\n' || *p == '\r' || *p == '\t')
      *p = ' ';
  g_strstrip (copy);

  /* The message goes inside a sentence: drop a final full stop. */
  if (g_str_has_suffix (copy, "."))
    copy[strlen (copy) - 1] = '\0';

  return g_steal_pointer (&copy);
}

static void
set_state_error (ParseState *state,
                 int         code,
                 int         line,
                 const char *format,
                 ...) G_GNUC_PRINTF (4, 5);

static void
set_state_error (ParseState *state,
                 int         code,
                 int         line,
                 const char *format,
                 ...)
{
  g_autofree char *fault = NULL;
  va_list args;

  if (state->error != NULL)
    return;

  va_start (args, format);
  fault = g_strdup_vprintf (format, args);
  va_end (args);

  if (line > 0)
    state->error = g_error_new (HEARTH_INSTRUMENT_ERROR, code, "%s line %d: %s",
                                state->display_name, line, fault);
  else
    state->error = g_error_new (HEARTH_INSTRUMENT_ERROR, code, "%s: %s",
                                state->display_name, fault);
}

/* libxml2 reports some faults with no parser context at hand, such as a
 * failed conversion from a declared encoding, through its global "generic"
 * channel, which prints to standard error and quotes bytes of the file.
 * Those faults also fail the parse, which reports them in one sentence, so
 * while Hearth parses or validates the channel stays silent: nothing of a
 * file's content reaches a log. */
static void
silent_generic_error_cb (void       *context,
                         const char *format,
                         ...)
{
}

static int
context_line (xmlParserCtxt *ctxt)
{
  return ctxt->input != NULL ? ctxt->input->line : 0;
}

static void
structured_error_cb (void     *user_data,
                     xmlError *error)
{
  xmlParserCtxt *ctxt = user_data;
  ParseState *state = ctxt->_private;
  g_autofree char *message = NULL;

  if (error == NULL || error->level < XML_ERR_ERROR)
    return;

  message = tidy_libxml_message (error->message);
  set_state_error (state, HEARTH_INSTRUMENT_ERROR_MALFORMED, error->line,
                   "the XML is not well-formed (%s).", message);
}

static void
internal_subset_cb (void          *user_data,
                    const xmlChar *name,
                    const xmlChar *external_id,
                    const xmlChar *system_id)
{
  xmlParserCtxt *ctxt = user_data;
  ParseState *state = ctxt->_private;

  /* Nothing in the DOCTYPE is read: entities are how XML files attack. */
  set_state_error (state, HEARTH_INSTRUMENT_ERROR_FORBIDDEN, context_line (ctxt),
                   "a DOCTYPE declaration is not allowed in this file.");
  xmlStopParser (ctxt);
}

static void
start_element_cb (void           *user_data,
                  const xmlChar  *localname,
                  const xmlChar  *prefix,
                  const xmlChar  *uri,
                  int             n_namespaces,
                  const xmlChar **namespaces,
                  int             n_attributes,
                  int             n_defaulted,
                  const xmlChar **attributes)
{
  xmlParserCtxt *ctxt = user_data;
  ParseState *state = ctxt->_private;

  if (++state->depth > HEARTH_XML_MAX_DEPTH)
    {
      set_state_error (state, HEARTH_INSTRUMENT_ERROR_TOO_DEEP, context_line (ctxt),
                       "elements are nested more than %d deep.", HEARTH_XML_MAX_DEPTH);
      xmlStopParser (ctxt);
      return;
    }

  if (uri != NULL
      && (g_str_equal ((const char *) uri, XINCLUDE_NS_2001)
          || g_str_equal ((const char *) uri, XINCLUDE_NS_2003)))
    {
      set_state_error (state, HEARTH_INSTRUMENT_ERROR_FORBIDDEN, context_line (ctxt),
                       "XInclude elements are not allowed in this file.");
      xmlStopParser (ctxt);
      return;
    }

  state->start_element (user_data, localname, prefix, uri, n_namespaces, namespaces,
                        n_attributes, n_defaulted, attributes);
}

static void
end_element_cb (void          *user_data,
                const xmlChar *localname,
                const xmlChar *prefix,
                const xmlChar *uri)
{
  xmlParserCtxt *ctxt = user_data;
  ParseState *state = ctxt->_private;

  if (state->depth > 0)
    state->depth--;

  state->end_element (user_data, localname, prefix, uri);
}

static xmlParserInput *
refuse_entity_loader_cb (const char    *url,
                         const char    *id,
                         xmlParserCtxt *ctxt)
{
  /* Only a context of ours carries our state; others are simply refused. */
  if (ctxt != NULL && current_parse != NULL && ctxt->_private == current_parse)
    {
      ParseState *state = ctxt->_private;

      set_state_error (state, HEARTH_INSTRUMENT_ERROR_FORBIDDEN, context_line (ctxt),
                       "references to other files are not allowed.");
    }

  return NULL;
}

/* Not g_format_size (): limits read the same in every locale. */
static char *
format_limit (gsize size)
{
  if (size >= 1024 * 1024 && size % (1024 * 1024) == 0)
    return g_strdup_printf ("%" G_GSIZE_FORMAT " MiB", size / (1024 * 1024));
  if (size >= 1024 && size % 1024 == 0)
    return g_strdup_printf ("%" G_GSIZE_FORMAT " KiB", size / 1024);
  return g_strdup_printf ("%" G_GSIZE_FORMAT " bytes", size);
}

static gboolean
check_bytes (ParseState  *state,
             const char  *data,
             gsize        size)
{
  const char *nul;
  const char *end = NULL;

  if (size == 0)
    {
      set_state_error (state, HEARTH_INSTRUMENT_ERROR_ENCODING, 0, "the file is empty.");
      return FALSE;
    }

  if (size > HEARTH_XML_MAX_SIZE)
    {
      g_autofree char *limit = format_limit (HEARTH_XML_MAX_SIZE);

      set_state_error (state, HEARTH_INSTRUMENT_ERROR_TOO_LARGE, 0,
                       "the file is larger than the limit of %s.", limit);
      return FALSE;
    }

  nul = memchr (data, '\0', size);
  if (nul != NULL)
    {
      set_state_error (state, HEARTH_INSTRUMENT_ERROR_ENCODING,
                       count_line (data, nul - data),
                       "the file contains a NUL byte, so it is not a UTF-8 text file.");
      return FALSE;
    }

  if (!g_utf8_validate_len (data, size, &end))
    {
      set_state_error (state, HEARTH_INSTRUMENT_ERROR_ENCODING,
                       count_line (data, end - data),
                       "the text is not valid UTF-8.");
      return FALSE;
    }

  return TRUE;
}

/**
 * hearth_xml_load_file:
 * @file: the file to read
 * @max_size: the largest size accepted, in bytes
 * @error: return location for a #GError
 *
 * Reads @file, which may be a local file or a resource, refusing to read
 * more than @max_size bytes so a huge file costs nothing.
 *
 * Returns: (transfer full): the contents, or %NULL with @error set to
 *   %HEARTH_INSTRUMENT_ERROR_READ or %HEARTH_INSTRUMENT_ERROR_TOO_LARGE
 */
GBytes *
hearth_xml_load_file (GFile   *file,
                      gsize    max_size,
                      GError **error)
{
  g_autoptr(GFileInputStream) stream = NULL;
  g_autoptr(GByteArray) buffer = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *name = NULL;
  gsize got = 0;

  g_return_val_if_fail (G_IS_FILE (file), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  name = g_file_get_basename (file);
  stream = g_file_read (file, NULL, &local_error);
  if (stream == NULL)
    {
      const char *why = "it could not be opened";

      if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
        why = "it does not exist";
      else if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_IS_DIRECTORY))
        why = "it is a folder";
      else if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_PERMISSION_DENIED))
        why = "permission was denied";

      g_set_error (error, HEARTH_INSTRUMENT_ERROR, HEARTH_INSTRUMENT_ERROR_READ,
                   "%s could not be read because %s.", name, why);
      return NULL;
    }

  /* One byte more than the limit tells "at the limit" from "over it". */
  buffer = g_byte_array_new ();
  g_byte_array_set_size (buffer, max_size + 1);
  if (!g_input_stream_read_all (G_INPUT_STREAM (stream), buffer->data, max_size + 1,
                                &got, NULL, &local_error))
    {
      g_set_error (error, HEARTH_INSTRUMENT_ERROR, HEARTH_INSTRUMENT_ERROR_READ,
                   "%s could not be read to the end.", name);
      return NULL;
    }

  if (got > max_size)
    {
      g_autofree char *limit = format_limit (max_size);

      g_set_error (error, HEARTH_INSTRUMENT_ERROR, HEARTH_INSTRUMENT_ERROR_TOO_LARGE,
                   "%s: the file is larger than the limit of %s.", name, limit);
      return NULL;
    }

  g_byte_array_set_size (buffer, got);
  return g_byte_array_free_to_bytes (g_steal_pointer (&buffer));
}

/**
 * hearth_xml_parse_untrusted:
 * @bytes: the document, which must be UTF-8
 * @display_name: the name to use in messages, such as the file's basename
 * @error: return location for a #GError
 *
 * Parses XML that may be hostile: see the comment at the top of this file
 * for what is refused. The only error text is one sentence that starts
 * with @display_name and, where known, the line.
 *
 * Returns: (transfer full): the document, or %NULL with @error set in the
 *   %HEARTH_INSTRUMENT_ERROR domain
 */
xmlDoc *
hearth_xml_parse_untrusted (GBytes      *bytes,
                            const char  *display_name,
                            GError     **error)
{
  ParseState state = { display_name, NULL, 0, NULL, NULL };
  xmlExternalEntityLoader previous_loader;
  xmlGenericErrorFunc previous_generic;
  void *previous_generic_context;
  xmlParserCtxt *ctxt;
  xmlDoc *doc = NULL;
  const char *data;
  gsize size;

  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (display_name != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  ensure_initialised ();

  data = g_bytes_get_data (bytes, &size);
  if (!check_bytes (&state, data, size))
    {
      g_propagate_error (error, state.error);
      return NULL;
    }

  G_LOCK (xml);

  previous_loader = xmlGetExternalEntityLoader ();
  xmlSetExternalEntityLoader (refuse_entity_loader_cb);
  previous_generic = xmlGenericError;
  previous_generic_context = xmlGenericErrorContext;
  xmlSetGenericErrorFunc (NULL, silent_generic_error_cb);

  ctxt = xmlCreateMemoryParserCtxt (data, (int) size);
  if (ctxt == NULL)
    {
      set_state_error (&state, HEARTH_INSTRUMENT_ERROR_MALFORMED, 0,
                       "the XML parser could not be started.");
      goto out;
    }

  /* Deliberately absent: XML_PARSE_NOENT, XML_PARSE_DTDLOAD,
   * XML_PARSE_DTDATTR, XML_PARSE_XINCLUDE and XML_PARSE_HUGE. */
  xmlCtxtUseOptions (ctxt, XML_PARSE_NONET | XML_PARSE_NOCDATA | XML_PARSE_BIG_LINES);
  ctxt->linenumbers = 1;
  ctxt->_private = &state;
  current_parse = &state;

  /* libxml2 hands the parser context to handlers as their user data. */
  ctxt->sax->serror = structured_error_cb;
  ctxt->sax->internalSubset = internal_subset_cb;
  state.start_element = ctxt->sax->startElementNs;
  state.end_element = ctxt->sax->endElementNs;
  ctxt->sax->startElementNs = start_element_cb;
  ctxt->sax->endElementNs = end_element_cb;

  xmlParseDocument (ctxt);

  doc = g_steal_pointer (&ctxt->myDoc);
  if (state.error == NULL && !ctxt->wellFormed)
    set_state_error (&state, HEARTH_INSTRUMENT_ERROR_MALFORMED, context_line (ctxt),
                     "the XML is not well-formed.");
  if (state.error == NULL && doc == NULL)
    set_state_error (&state, HEARTH_INSTRUMENT_ERROR_MALFORMED, 0,
                     "the file holds no XML document.");
  if (state.error == NULL && (doc->intSubset != NULL || doc->extSubset != NULL))
    set_state_error (&state, HEARTH_INSTRUMENT_ERROR_FORBIDDEN, 0,
                     "a DOCTYPE declaration is not allowed in this file.");
  if (state.error == NULL && doc->encoding != NULL
      && g_ascii_strcasecmp ((const char *) doc->encoding, "UTF-8") != 0)
    set_state_error (&state, HEARTH_INSTRUMENT_ERROR_ENCODING, 1,
                     "the file must be encoded in UTF-8.");

  ctxt->_private = NULL;
  current_parse = NULL;
  xmlFreeParserCtxt (ctxt);

out:
  xmlSetGenericErrorFunc (previous_generic_context, previous_generic);
  xmlSetExternalEntityLoader (previous_loader);
  G_UNLOCK (xml);

  if (state.error != NULL)
    {
      g_clear_pointer (&doc, xmlFreeDoc);
      g_propagate_error (error, state.error);
      return NULL;
    }

  return doc;
}

static void
schema_error_cb (void     *user_data,
                 xmlError *error)
{
  ParseState *state = user_data;
  g_autofree char *message = NULL;
  int line;

  if (error == NULL || error->level < XML_ERR_ERROR)
    return;

  line = error->node != NULL ? (int) xmlGetLineNo (error->node) : error->line;

  /* libxml2 2.9 sometimes reports a fault first without its node and then
   * again, more precisely, with it: keep the first message that has a line. */
  if (state->error != NULL && (state->error_line > 0 || line <= 0))
    return;
  g_clear_error (&state->error);
  state->error_line = line;

  message = tidy_libxml_message (error->message);
  set_state_error (state, HEARTH_INSTRUMENT_ERROR_SCHEMA, line,
                   "the file does not follow the instrument schema (%s).", message);
}

/* Called with the lock held. */
static xmlRelaxNG *
lookup_schema (const char  *schema_resource,
               GError     **error)
{
  g_autoptr(GBytes) bytes = NULL;
  xmlRelaxNGParserCtxt *parser;
  xmlRelaxNG *schema;
  ParseState state = { schema_resource, NULL, 0, NULL, NULL };
  const char *data;
  gsize size;

  if (schemas == NULL)
    schemas = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                     (GDestroyNotify) xmlRelaxNGFree);

  schema = g_hash_table_lookup (schemas, schema_resource);
  if (schema != NULL)
    return schema;

  bytes = g_resources_lookup_data (schema_resource, G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
  if (bytes == NULL)
    {
      g_set_error (error, HEARTH_INSTRUMENT_ERROR, HEARTH_INSTRUMENT_ERROR_SCHEMA,
                   "The schema %s is missing from the program's resources.",
                   schema_resource);
      return NULL;
    }

  data = g_bytes_get_data (bytes, &size);
  parser = xmlRelaxNGNewMemParserCtxt (data, (int) size);
  xmlRelaxNGSetParserStructuredErrors (parser, schema_error_cb, &state);
  schema = xmlRelaxNGParse (parser);
  xmlRelaxNGFreeParserCtxt (parser);

  if (schema == NULL)
    {
      g_clear_error (&state.error);
      g_set_error (error, HEARTH_INSTRUMENT_ERROR, HEARTH_INSTRUMENT_ERROR_SCHEMA,
                   "The schema %s could not be compiled.", schema_resource);
      return NULL;
    }
  g_clear_error (&state.error);

  g_hash_table_insert (schemas, g_strdup (schema_resource), schema);
  return schema;
}

/**
 * hearth_xml_validate:
 * @doc: a parsed document
 * @schema_resource: the resource path of a RelaxNG schema
 * @display_name: the name to use in messages
 * @error: return location for a #GError
 *
 * Validates @doc against the RelaxNG schema bundled at @schema_resource.
 * The compiled schema is cached for the life of the process.
 *
 * Returns: %TRUE if @doc is valid; otherwise %FALSE with @error set to
 *   %HEARTH_INSTRUMENT_ERROR_SCHEMA, naming the first fault and its line
 */
gboolean
hearth_xml_validate (xmlDoc      *doc,
                     const char  *schema_resource,
                     const char  *display_name,
                     GError     **error)
{
  ParseState state = { display_name, NULL, 0, NULL, NULL };
  xmlExternalEntityLoader previous_loader;
  xmlRelaxNGValidCtxt *valid;
  xmlRelaxNG *schema;
  xmlGenericErrorFunc previous_generic;
  void *previous_generic_context;
  int result;

  g_return_val_if_fail (doc != NULL, FALSE);
  g_return_val_if_fail (schema_resource != NULL, FALSE);
  g_return_val_if_fail (display_name != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  ensure_initialised ();

  G_LOCK (xml);
  previous_loader = xmlGetExternalEntityLoader ();
  xmlSetExternalEntityLoader (refuse_entity_loader_cb);
  previous_generic = xmlGenericError;
  previous_generic_context = xmlGenericErrorContext;
  xmlSetGenericErrorFunc (NULL, silent_generic_error_cb);

  schema = lookup_schema (schema_resource, error);
  if (schema == NULL)
    {
      xmlSetGenericErrorFunc (previous_generic_context, previous_generic);
      xmlSetExternalEntityLoader (previous_loader);
      G_UNLOCK (xml);
      return FALSE;
    }

  valid = xmlRelaxNGNewValidCtxt (schema);
  xmlRelaxNGSetValidStructuredErrors (valid, schema_error_cb, &state);
  result = xmlRelaxNGValidateDoc (valid, doc);
  xmlRelaxNGFreeValidCtxt (valid);

  xmlSetGenericErrorFunc (previous_generic_context, previous_generic);
  xmlSetExternalEntityLoader (previous_loader);
  G_UNLOCK (xml);

  if (result != 0 && state.error == NULL)
    set_state_error (&state, HEARTH_INSTRUMENT_ERROR_SCHEMA, 0,
                     "the file does not follow the instrument schema.");

  if (state.error != NULL)
    {
      g_propagate_error (error, state.error);
      return FALSE;
    }

  return TRUE;
}

/**
 * hearth_xml_collapse_space:
 * @text: some text
 *
 * Collapses runs of white space to one space and trims the ends, as
 * xgettext's ITS rules do, so that text read from a definition matches the
 * text in the translation catalogue.
 *
 * Returns: (transfer full): the collapsed text, possibly empty
 */
char *
hearth_xml_collapse_space (const char *text)
{
  g_autoptr(GString) out = NULL;
  gboolean space = FALSE;

  g_return_val_if_fail (text != NULL, NULL);

  out = g_string_new (NULL);
  for (const char *p = text; *p != '\0'; p++)
    {
      if (g_ascii_isspace (*p))
        {
          space = TRUE;
          continue;
        }
      if (space && out->len > 0)
        g_string_append_c (out, ' ');
      space = FALSE;
      g_string_append_c (out, *p);
    }

  return g_string_free (g_steal_pointer (&out), FALSE);
}

/**
 * hearth_xml_dup_text:
 * @node: an element
 *
 * Returns: (transfer full): the text inside @node, with white space
 *   collapsed by hearth_xml_collapse_space(); possibly empty
 */
char *
hearth_xml_dup_text (xmlNode *node)
{
  xmlChar *content;
  char *text;

  g_return_val_if_fail (node != NULL, NULL);

  content = xmlNodeGetContent (node);
  text = hearth_xml_collapse_space (content != NULL ? (const char *) content : "");
  xmlFree (content);

  return text;
}

/**
 * hearth_xml_dup_prop:
 * @node: an element
 * @name: the attribute's name
 *
 * Returns: (transfer full) (nullable): the attribute's value, trimmed, or
 *   %NULL if @node has no such attribute
 */
char *
hearth_xml_dup_prop (xmlNode    *node,
                     const char *name)
{
  xmlChar *value;
  char *copy;

  g_return_val_if_fail (node != NULL, NULL);
  g_return_val_if_fail (name != NULL, NULL);

  value = xmlGetProp (node, (const xmlChar *) name);
  if (value == NULL)
    return NULL;

  copy = g_strstrip (g_strdup ((const char *) value));
  xmlFree (value);

  return copy;
}

/**
 * hearth_xml_is_element:
 * @node: (nullable): a node
 * @name: an element name
 *
 * Returns: %TRUE if @node is an element called @name, without a namespace
 */
gboolean
hearth_xml_is_element (xmlNode    *node,
                       const char *name)
{
  return node != NULL
         && node->type == XML_ELEMENT_NODE
         && node->ns == NULL
         && g_str_equal ((const char *) node->name, name);
}

/**
 * hearth_xml_get_line:
 * @node: a node
 *
 * Returns: the line @node starts on, or 0 if not known
 */
int
hearth_xml_get_line (xmlNode *node)
{
  long line;

  g_return_val_if_fail (node != NULL, 0);

  line = xmlGetLineNo (node);
  return line > 0 && line < G_MAXINT ? (int) line : 0;
}
