/* hearth-store-exchange.c
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

#define G_LOG_DOMAIN "hearth-store"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "core/hearth-date.h"
#include "core/hearth-xml.h"

#include "hearth-store-exchange-private.h"

/*
 * The family exchange format: what export and import share, and import's
 * public entry points. The format itself is documented at the top of
 * resources/exchange/hearth-family.rng.
 *
 * Import runs in three steps, each in a file of its own:
 *  1. hearth-store-import-read.c parses the bytes as untrusted XML,
 *     validates them against the schema, and only then reads the records,
 *     resolving every document id;
 *  2. hearth-store-import-check.c checks what a schema cannot: dates,
 *     dates of birth against the chronology, versions of assessments,
 *     answers against their instrument;
 *  3. hearth-store-import-apply.c writes the records in one transaction.
 */

G_DEFINE_QUARK (hearth-exchange-error-quark, hearth_exchange_error)

static const struct
{
  const char *prefix;
  const char *entity_type;
} kinds[EXCHANGE_N_KINDS] = {
  [EXCHANGE_PERSON] = { "p", "person" },
  [EXCHANGE_VISIT] = { "v", "visit" },
  [EXCHANGE_ASSESSMENT] = { "a", "assessment" },
  [EXCHANGE_EVENT] = { "e", "event" },
  [EXCHANGE_PERIOD] = { "r", "period" },
  [EXCHANGE_SUPERVISION] = { "s", "supervision" },
};

/*
 * hearth_exchange_document_free:
 *
 * Frees a document read by hearth_exchange_read_document().
 */
void
hearth_exchange_document_free (ExchangeDocument *document)
{
  if (document == NULL)
    return;

  g_clear_pointer (&document->family, hearth_family_unref);
  for (guint k = 0; k < EXCHANGE_N_KINDS; k++)
    {
      g_clear_pointer (&document->records[k], g_ptr_array_unref);
      g_clear_pointer (&document->lines[k], g_array_unref);
    }
  g_clear_pointer (&document->audit, g_ptr_array_unref);
  g_clear_pointer (&document->child_responses, g_hash_table_unref);
  g_clear_pointer (&document->display_name, g_free);
  g_free (document);
}

/*
 * hearth_exchange_kind_prefix:
 *
 * Returns: the prefix of the ids export gives records of @kind
 */
const char *
hearth_exchange_kind_prefix (ExchangeKind kind)
{
  g_assert (kind < EXCHANGE_N_KINDS);

  return kinds[kind].prefix;
}

/*
 * hearth_exchange_kind_entity_type:
 *
 * Returns: the audit trail's entity type for records of @kind
 */
const char *
hearth_exchange_kind_entity_type (ExchangeKind kind)
{
  g_assert (kind < EXCHANGE_N_KINDS);

  return kinds[kind].entity_type;
}

/*
 * hearth_exchange_kind_from_entity:
 *
 * Returns: %TRUE when @entity_type names a kind of record that documents
 *   give ids to, with @kind set
 */
gboolean
hearth_exchange_kind_from_entity (const char   *entity_type,
                                  ExchangeKind *kind)
{
  for (guint k = 0; k < EXCHANGE_N_KINDS; k++)
    {
      if (g_strcmp0 (entity_type, kinds[k].entity_type) == 0)
        {
          *kind = k;
          return TRUE;
        }
    }

  return FALSE;
}

/*
 * hearth_exchange_load_instruments:
 *
 * Loads the shipped instruments and the user's own, which export needs to
 * know which answers name a child, and import to check answers.
 *
 * Returns: (transfer full): the registry, or %NULL with an error
 */
HearthInstrumentRegistry *
hearth_exchange_load_instruments (GError **error)
{
  g_autofree char *user_dir = hearth_instrument_registry_dup_user_dir ();
  g_autoptr(GError) local_error = NULL;
  HearthInstrumentRegistry *registry;

  registry = hearth_instrument_registry_new (user_dir, &local_error);
  if (registry == NULL)
    {
      g_debug ("Loading the instruments failed: %s", local_error->message);
      g_set_error_literal (error, HEARTH_EXCHANGE_ERROR, HEARTH_EXCHANGE_ERROR_READ,
                           _("The instruments bundled with Hearth could not be loaded, so no "
                             "family can be exported or imported; the stored records are safe."));
    }

  return registry;
}

/*
 * hearth_exchange_lookup_instrument:
 * @instrument_version: the version as the store keeps it, text
 *
 * Returns: (transfer full) (nullable): the instrument, or %NULL when this
 *   installation does not have it
 */
HearthInstrument *
hearth_exchange_lookup_instrument (HearthInstrumentRegistry *registry,
                                   const char               *instrument_id,
                                   const char               *instrument_version)
{
  guint64 version = 0;

  if (instrument_id == NULL || instrument_version == NULL
      || !g_ascii_string_to_unsigned (instrument_version, 10, 1, G_MAXINT, &version, NULL))
    return NULL;

  return hearth_instrument_registry_lookup (registry, instrument_id, (int) version, NULL);
}

/*
 * hearth_exchange_is_child_field:
 *
 * Returns: %TRUE when @item_id is a field whose value names a child by
 *   database id
 */
gboolean
hearth_exchange_is_child_field (HearthInstrument *instrument,
                                const char       *item_id)
{
  const HearthInstrumentField *field;

  if (instrument == NULL)
    return FALSE;

  field = hearth_instrument_lookup_field (instrument, item_id);
  return field != NULL && field->type == HEARTH_FIELD_CHILD;
}

/*
 * hearth_exchange_format_moment:
 *
 * Returns: (transfer full): @unix_seconds written "YYYY-MM-DDTHH:MM:SSZ"
 */
char *
hearth_exchange_format_moment (gint64 unix_seconds)
{
  return hearth_date_time_format_iso (unix_seconds);
}

/*
 * hearth_exchange_parse_moment:
 *
 * Parses a moment exactly as hearth_exchange_format_moment() writes it,
 * refusing impossible dates and anything before 1900.
 *
 * Returns: %TRUE with @unix_seconds set, or %FALSE
 */
gboolean
hearth_exchange_parse_moment (const char *text,
                              gint64     *unix_seconds)
{
  g_autoptr(GDateTime) when = NULL;
  g_autofree char *date = NULL;

  if (text == NULL || strlen (text) != 20 || text[10] != 'T' || text[19] != 'Z')
    return FALSE;

  date = g_strndup (text, 10);
  if (!hearth_date_validate (date, NULL))
    return FALSE;

  when = g_date_time_new_from_iso8601 (text, NULL);
  if (when == NULL)
    return FALSE;

  *unix_seconds = g_date_time_to_unix (when);
  return hearth_date_time_validate_unix (*unix_seconds, NULL);
}

/**
 * hearth_store_import_family:
 * @self: a store
 * @document: an exchange document (see resources/exchange/hearth-family.rng)
 * @display_name: how messages name the document, such as its file name
 * @replace: whether a family with the same case reference is replaced
 * @family_id: (out) (optional): the imported family's row id
 * @error: return location for a #GError
 *
 * Imports one family. The document is treated as hostile: it is parsed
 * without DTDs, entities or network access, validated against the schema
 * first, then checked for sense (ids, dates, dates of birth, versions,
 * answers), and only then applied, in one transaction: all or nothing.
 * Imported records get new database ids; their timestamps and audit rows
 * are kept, and an audit row with action "import" is added.
 *
 * Returns: %TRUE on success; %FALSE with a %HEARTH_EXCHANGE_ERROR (the
 *   document is refused, or %HEARTH_EXCHANGE_ERROR_EXISTS when the case
 *   reference is taken and @replace is %FALSE) or a %HEARTH_STORE_ERROR.
 *   Either way the database is unchanged.
 */
gboolean
hearth_store_import_family (HearthStore  *self,
                            GBytes       *document,
                            const char   *display_name,
                            gboolean      replace,
                            gint64       *family_id,
                            GError      **error)
{
  g_autoptr(ExchangeDocument) read = NULL;

  g_return_val_if_fail (HEARTH_IS_STORE (self), FALSE);
  g_return_val_if_fail (document != NULL, FALSE);
  g_return_val_if_fail (display_name != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  read = hearth_exchange_read_document (document, display_name, error);
  if (read == NULL)
    return FALSE;

  return hearth_exchange_apply_document (self, read, replace, family_id, error);
}

/**
 * hearth_exchange_check_bytes:
 * @document: an exchange document
 * @display_name: how messages name the document
 * @error: return location for a #GError
 *
 * Checks @document as hearth_store_import_family() does before it writes
 * anything, without any database: hearth-cli uses it so that a refused
 * file never even creates a database.
 *
 * Returns: %TRUE when the document could be imported into a database that
 *   does not have its family; %FALSE with a %HEARTH_EXCHANGE_ERROR
 */
gboolean
hearth_exchange_check_bytes (GBytes      *document,
                             const char  *display_name,
                             GError     **error)
{
  g_autoptr(ExchangeDocument) read = NULL;

  g_return_val_if_fail (document != NULL, FALSE);
  g_return_val_if_fail (display_name != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  read = hearth_exchange_read_document (document, display_name, error);
  return read != NULL;
}

/**
 * hearth_exchange_load_file:
 * @path: an exchange file
 * @error: return location for a #GError
 *
 * Reads @path, refusing a file over the size limit without reading it.
 *
 * Returns: (transfer full): the bytes, or %NULL with
 *   %HEARTH_EXCHANGE_ERROR_READ
 */
GBytes *
hearth_exchange_load_file (const char  *path,
                           GError     **error)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) local_error = NULL;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  file = g_file_new_for_path (path);
  bytes = hearth_xml_load_file (file, HEARTH_XML_MAX_SIZE, &local_error);
  if (bytes == NULL)
    {
      g_autofree char *reason = g_strdup (local_error->message);

      /* The loader's sentence ends with a full stop; ours goes on. */
      if (g_str_has_suffix (reason, "."))
        reason[strlen (reason) - 1] = '\0';
      g_set_error (error, HEARTH_EXCHANGE_ERROR, HEARTH_EXCHANGE_ERROR_READ,
                   /* Translators: %s says why a file could not be read */
                   _("%s; nothing was imported."), reason);
      return NULL;
    }

  return g_steal_pointer (&bytes);
}

/**
 * hearth_store_import_family_from_file:
 * @self: a store
 * @path: an exchange file
 * @replace: whether a family with the same case reference is replaced
 * @family_id: (out) (optional): the imported family's row id
 * @error: return location for a #GError
 *
 * Reads @path with hearth_exchange_load_file() and imports it as
 * hearth_store_import_family() does.
 *
 * Returns: %TRUE on success; %FALSE with an error, the database unchanged
 */
gboolean
hearth_store_import_family_from_file (HearthStore  *self,
                                      const char   *path,
                                      gboolean      replace,
                                      gint64       *family_id,
                                      GError      **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *name = NULL;

  g_return_val_if_fail (HEARTH_IS_STORE (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  bytes = hearth_exchange_load_file (path, error);
  if (bytes == NULL)
    return FALSE;

  name = g_path_get_basename (path);
  return hearth_store_import_family (self, bytes, name, replace, family_id, error);
}
