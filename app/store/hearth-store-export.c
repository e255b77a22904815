/* hearth-store-export.c
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
#include <libxml/xmlwriter.h>

#include "hearth-store-exchange-private.h"

/*
 * Export writes one family as an exchange document (the format is
 * documented in resources/exchange/hearth-family.rng).
 *
 * The document is canonical, so that exporting, importing into another
 * database and exporting again gives the same bytes: records come in the
 * order of their database ids (import inserts them in document order, so
 * the order survives), answers in item id order, and each record gets a
 * document id from its kind and its place ("p1", "p2", … "v1" …). Nothing
 * in the document depends on the database it came from: no row ids, no
 * export time.
 */

typedef struct
{
  xmlTextWriter            *writer;       /* owned */
  xmlBuffer                *buffer;       /* owned */
  HearthInstrumentRegistry *instruments;  /* owned */
  GHashTable               *ids[EXCHANGE_N_KINDS];  /* gint64* row id → owned doc id */
  gboolean                  unexportable; /* a text XML cannot carry */
  gboolean                  failed;       /* the writer failed */
} Export;

typedef struct
{
  HearthFamily *family;
  GPtrArray    *records[EXCHANGE_N_KINDS];
  GPtrArray    *audit;
} Records;

static void
export_clear (Export *export)
{
  g_clear_pointer (&export->writer, xmlFreeTextWriter);
  g_clear_pointer (&export->buffer, xmlBufferFree);
  g_clear_object (&export->instruments);
  for (guint k = 0; k < EXCHANGE_N_KINDS; k++)
    g_clear_pointer (&export->ids[k], g_hash_table_unref);
}

static void
records_clear (Records *records)
{
  g_clear_pointer (&records->family, hearth_family_unref);
  for (guint k = 0; k < EXCHANGE_N_KINDS; k++)
    g_clear_pointer (&records->records[k], g_ptr_array_unref);
  g_clear_pointer (&records->audit, g_ptr_array_unref);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Export, export_clear)
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Records, records_clear)

/* XML 1.0 cannot carry most control characters, even as references. */
static gboolean
is_exportable (const char *text)
{
  if (!g_utf8_validate (text, -1, NULL))
    return FALSE;

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c < 0x20 && c != '\t' && c != '\n' && c != '\r')
        return FALSE;
      if (c == 0xFFFE || c == 0xFFFF)
        return FALSE;
    }

  return TRUE;
}

static void
check_rc (Export *export,
          int     rc)
{
  if (rc < 0)
    export->failed = TRUE;
}

static void
start_element (Export     *export,
               const char *name)
{
  check_rc (export, xmlTextWriterStartElement (export->writer, (const xmlChar *) name));
}

static void
end_element (Export *export)
{
  check_rc (export, xmlTextWriterEndElement (export->writer));
}

static void
write_attr (Export     *export,
            const char *name,
            const char *value)
{
  if (value == NULL)
    return;

  if (!is_exportable (value))
    {
      export->unexportable = TRUE;
      return;
    }

  check_rc (export, xmlTextWriterWriteAttribute (export->writer, (const xmlChar *) name,
                                                 (const xmlChar *) value));
}

static void
write_bool (Export     *export,
            const char *name,
            gboolean    value)
{
  write_attr (export, name, value ? "true" : "false");
}

static void
write_int (Export     *export,
           const char *name,
           gint64      value)
{
  char text[32];

  g_snprintf (text, sizeof text, "%" G_GINT64_FORMAT, value);
  write_attr (export, name, text);
}

static void
write_moment (Export     *export,
              const char *name,
              gint64      unix_seconds)
{
  g_autofree char *text = hearth_exchange_format_moment (unix_seconds);

  if (text == NULL)
    export->unexportable = TRUE;
  else
    write_attr (export, name, text);
}

static void
write_stamps (Export *export,
              gint64  created_at,
              gint64  updated_at)
{
  write_moment (export, "created", created_at);
  write_moment (export, "updated", updated_at);
}

/* Writes the text as it is: an empty string gives an empty element, and
 * %NULL (not recorded) no element at all. */
static void
write_text (Export     *export,
            const char *name,
            const char *text)
{
  if (text == NULL)
    return;

  if (!is_exportable (text))
    {
      export->unexportable = TRUE;
      return;
    }

  start_element (export, name);
  check_rc (export, xmlTextWriterWriteString (export->writer, (const xmlChar *) text));
  end_element (export);
}

/* Gives the record @row_id of @kind the next document id of its kind. */
static const char *
assign_id (Export       *export,
           ExchangeKind  kind,
           gint64        row_id)
{
  GHashTable *ids = export->ids[kind];
  char *doc_id = g_strdup_printf ("%s%u", hearth_exchange_kind_prefix (kind),
                                  g_hash_table_size (ids) + 1);

  g_hash_table_insert (ids, g_memdup2 (&row_id, sizeof row_id), doc_id);
  return doc_id;
}

/* Returns: (nullable): the document id of a record already written */
static const char *
lookup_id (Export       *export,
           ExchangeKind  kind,
           gint64        row_id)
{
  return row_id != 0 ? g_hash_table_lookup (export->ids[kind], &row_id) : NULL;
}

/* The id of a linked record. A link to a record outside the family cannot
 * happen in a sound database; writing it as a dangling id would make the
 * document unreadable, so it is refused like unexportable text. */
static void
write_link (Export       *export,
            const char   *name,
            ExchangeKind  kind,
            gint64        row_id)
{
  const char *doc_id;

  if (row_id == 0)
    return;

  doc_id = lookup_id (export, kind, row_id);
  if (doc_id == NULL)
    export->unexportable = TRUE;
  else
    write_attr (export, name, doc_id);
}

/* compare_by_id() reads the id at the start of each record type. */
G_STATIC_ASSERT (G_STRUCT_OFFSET (HearthPerson, id) == 0);
G_STATIC_ASSERT (G_STRUCT_OFFSET (HearthVisit, id) == 0);
G_STATIC_ASSERT (G_STRUCT_OFFSET (HearthAssessment, id) == 0);
G_STATIC_ASSERT (G_STRUCT_OFFSET (HearthEvent, id) == 0);
G_STATIC_ASSERT (G_STRUCT_OFFSET (HearthPeriod, id) == 0);
G_STATIC_ASSERT (G_STRUCT_OFFSET (HearthSupervision, id) == 0);

static int
compare_by_id (gconstpointer a,
               gconstpointer b)
{
  /* Every record type starts with its gint64 id. */
  gint64 id_a = **(const gint64 * const *) a;
  gint64 id_b = **(const gint64 * const *) b;

  return (id_a > id_b) - (id_a < id_b);
}

static int
compare_responses (gconstpointer a,
                   gconstpointer b)
{
  const HearthResponse *response_a = *(const HearthResponse * const *) a;
  const HearthResponse *response_b = *(const HearthResponse * const *) b;

  return strcmp (response_a->item_id, response_b->item_id);
}

static void
write_family (Export             *export,
              const HearthFamily *family)
{
  start_element (export, "family");
  write_attr (export, "reference", family->case_reference);
  write_attr (export, "name", family->display_name);
  write_bool (export, "archived", family->archived);
  write_stamps (export, family->created_at, family->updated_at);
  end_element (export);
}

static void
write_person (Export             *export,
              const HearthPerson *person)
{
  start_element (export, "person");
  write_attr (export, "id", assign_id (export, EXCHANGE_PERSON, person->id));
  write_attr (export, "kind", hearth_person_kind_to_string (person->kind));
  write_attr (export, "name", person->name);
  write_attr (export, "born", person->date_of_birth);
  write_attr (export, "sex", hearth_sex_to_string (person->sex));
  write_bool (export, "send", person->send);
  write_attr (export, "role", hearth_adult_role_to_string (person->role));
  write_bool (export, "lives-in-home", person->lives_in_home);
  write_stamps (export, person->created_at, person->updated_at);
  end_element (export);
}

static void
write_visit (Export            *export,
             const HearthVisit *visit)
{
  start_element (export, "visit");
  write_attr (export, "id", assign_id (export, EXCHANGE_VISIT, visit->id));
  write_moment (export, "at", visit->visited_at);
  write_attr (export, "practitioner", visit->practitioner);
  write_bool (export, "announced", visit->announced);
  write_stamps (export, visit->created_at, visit->updated_at);

  for (guint i = 0; i < visit->present_ids->len; i++)
    {
      start_element (export, "present");
      write_link (export, "person", EXCHANGE_PERSON, g_array_index (visit->present_ids, gint64, i));
      end_element (export);
    }

  for (guint i = 0; i < visit->children->len; i++)
    {
      const HearthVisitChild *child = &g_array_index (visit->children, HearthVisitChild, i);

      start_element (export, "child");
      write_link (export, "person", EXCHANGE_PERSON, child->person_id);
      write_bool (export, "seen", child->seen);
      write_bool (export, "seen-alone", child->seen_alone);
      end_element (export);
    }

  write_text (export, "others-present", visit->others_present);
  write_text (export, "notes", visit->notes);
  end_element (export);
}

static void
write_response (Export               *export,
                HearthInstrument     *instrument,
                const HearthResponse *response)
{
  const char *child = NULL;
  guint64 person_id;

  /* A child field's value is a row id: it travels as a document id. */
  if (hearth_exchange_is_child_field (instrument, response->item_id)
      && response->value != NULL
      && g_ascii_string_to_unsigned (response->value, 10, 1, G_MAXINT64, &person_id, NULL))
    child = lookup_id (export, EXCHANGE_PERSON, (gint64) person_id);

  start_element (export, "response");
  write_attr (export, "item", response->item_id);
  write_int (export, "level", response->level);
  write_bool (export, "not-known", response->not_known);
  write_attr (export, "child", child);
  write_text (export, "note", response->note);
  if (child == NULL)
    write_text (export, "value", response->value);
  end_element (export);
}

static void
write_assessment (Export                 *export,
                  const HearthAssessment *assessment)
{
  g_autoptr(HearthInstrument) instrument = NULL;
  g_autoptr(GPtrArray) responses = NULL;

  instrument = hearth_exchange_lookup_instrument (export->instruments, assessment->instrument_id,
                                                  assessment->instrument_version);

  start_element (export, "assessment");
  write_attr (export, "id", assign_id (export, EXCHANGE_ASSESSMENT, assessment->id));
  write_attr (export, "scope", hearth_assessment_scope_to_string (assessment->scope));
  write_link (export, "child", EXCHANGE_PERSON, assessment->child_id);
  write_attr (export, "instrument", assessment->instrument_id);
  write_attr (export, "instrument-version", assessment->instrument_version);
  write_link (export, "visit", EXCHANGE_VISIT, assessment->visit_id);
  write_attr (export, "status", hearth_assessment_status_to_string (assessment->status));
  write_link (export, "supersedes", EXCHANGE_ASSESSMENT, assessment->supersedes_id);
  if (assessment->finalised_at != 0)
    write_moment (export, "finalised-at", assessment->finalised_at);
  write_attr (export, "finalised-by", assessment->finalised_by);
  write_stamps (export, assessment->created_at, assessment->updated_at);

  write_text (export, "amend-reason", assessment->amend_reason);

  /* A shallow copy: the assessment keeps owning its responses. */
  responses = g_ptr_array_copy (assessment->responses, NULL, NULL);
  g_ptr_array_set_free_func (responses, NULL);
  g_ptr_array_sort (responses, compare_responses);
  for (guint i = 0; i < responses->len; i++)
    write_response (export, instrument, g_ptr_array_index (responses, i));

  end_element (export);
}

static void
write_event (Export            *export,
             const HearthEvent *event)
{
  start_element (export, "event");
  write_attr (export, "id", assign_id (export, EXCHANGE_EVENT, event->id));
  write_attr (export, "date", event->date);
  write_attr (export, "precision", hearth_date_precision_to_string (event->precision));
  write_attr (export, "category", hearth_event_category_to_string (event->category));
  write_attr (export, "source", event->source_agency);
  write_attr (export, "impact", hearth_event_impact_to_string (event->impact));
  write_attr (export, "significance", hearth_significance_to_string (event->significance));
  write_link (export, "visit", EXCHANGE_VISIT, event->visit_id);
  write_link (export, "assessment", EXCHANGE_ASSESSMENT, event->assessment_id);
  write_stamps (export, event->created_at, event->updated_at);

  for (guint i = 0; i < event->child_ids->len; i++)
    {
      start_element (export, "child");
      write_link (export, "person", EXCHANGE_PERSON, g_array_index (event->child_ids, gint64, i));
      end_element (export);
    }

  write_text (export, "what-happened", event->what_happened);
  write_text (export, "impact-on-child", event->impact_text);
  write_text (export, "action-taken", event->action_taken);
  write_text (export, "analysis", event->analysis);
  end_element (export);
}

static void
write_period (Export             *export,
              const HearthPeriod *period)
{
  start_element (export, "period");
  write_attr (export, "id", assign_id (export, EXCHANGE_PERIOD, period->id));
  write_link (export, "person", EXCHANGE_PERSON, period->person_id);
  write_attr (export, "kind", hearth_period_kind_to_string (period->kind));
  write_attr (export, "start", period->start_date);
  write_attr (export, "end", period->end_date);
  write_stamps (export, period->created_at, period->updated_at);
  end_element (export);
}

static void
write_supervision (Export                  *export,
                   const HearthSupervision *supervision)
{
  start_element (export, "supervision");
  write_attr (export, "id", assign_id (export, EXCHANGE_SUPERVISION, supervision->id));
  write_attr (export, "date", supervision->date);
  write_attr (export, "supervisor", supervision->supervisor);
  write_attr (export, "practitioner", supervision->practitioner);
  write_attr (export, "next-review", supervision->next_review);
  write_attr (export, "status", hearth_supervision_status_to_string (supervision->status));
  write_stamps (export, supervision->created_at, supervision->updated_at);

  write_text (export, "reflection", supervision->reflection);
  write_text (export, "decisions", supervision->decisions);

  for (guint i = 0; i < supervision->actions->len; i++)
    {
      const HearthSupervisionAction *action = g_ptr_array_index (supervision->actions, i);

      start_element (export, "action");
      write_attr (export, "owner", action->owner);
      write_attr (export, "due", action->due_date);
      write_bool (export, "done", action->done);
      if (!is_exportable (action->text))
        export->unexportable = TRUE;
      else
        check_rc (export, xmlTextWriterWriteString (export->writer, (const xmlChar *) action->text));
      end_element (export);
    }

  end_element (export);
}

static void
write_audit_entry (Export                 *export,
                   const HearthAuditEntry *entry)
{
  ExchangeKind kind;

  start_element (export, "entry");
  write_moment (export, "at", entry->at);
  write_attr (export, "actor", entry->actor);
  write_attr (export, "entity", entry->entity_type);
  /* Rows about records deleted before the export name no record. */
  if (hearth_exchange_kind_from_entity (entry->entity_type, &kind))
    write_attr (export, "record", lookup_id (export, kind, entry->entity_id));
  write_attr (export, "action", hearth_audit_action_to_string (entry->action));
  write_attr (export, "summary", entry->summary);
  end_element (export);
}

typedef GPtrArray *(*ListFunction) (HearthStore  *self,
                                    gint64        family_id,
                                    GError      **error);

/* The store's list of each kind of record, in ExchangeKind order. */
static const ListFunction list_functions[EXCHANGE_N_KINDS] = {
  [EXCHANGE_PERSON] = hearth_store_list_people,
  [EXCHANGE_VISIT] = hearth_store_list_visits,
  [EXCHANGE_ASSESSMENT] = hearth_store_list_assessments,
  [EXCHANGE_EVENT] = hearth_store_list_events,
  [EXCHANGE_PERIOD] = hearth_store_list_periods,
  [EXCHANGE_SUPERVISION] = hearth_store_list_supervisions,
};

/* Reads every record of the family, in one read transaction so that the
 * document is a consistent snapshot even while the GUI is saving. */
static gboolean
read_records (HearthStore  *self,
              const char   *case_reference,
              Records      *records,
              GError      **error)
{
  gboolean own_snapshot = sqlite3_get_autocommit (self->db) != 0;
  gint64 family_id;
  gboolean ok;

  if (own_snapshot && sqlite3_exec (self->db, "BEGIN", NULL, NULL, NULL) != SQLITE_OK)
    own_snapshot = FALSE;

  records->family = hearth_store_load_family_by_reference (self, case_reference, error);
  ok = records->family != NULL;
  family_id = ok ? records->family->id : 0;

  for (guint k = 0; ok && k < EXCHANGE_N_KINDS; k++)
    {
      records->records[k] = list_functions[k] (self, family_id, error);
      ok = records->records[k] != NULL;
    }
  if (ok)
    {
      records->audit = hearth_store_list_family_audit (self, family_id, error);
      ok = records->audit != NULL;
    }

  if (own_snapshot)
    sqlite3_exec (self->db, ok ? "COMMIT" : "ROLLBACK", NULL, NULL, NULL);

  if (!ok)
    return FALSE;

  for (guint k = 0; k < EXCHANGE_N_KINDS; k++)
    g_ptr_array_sort (records->records[k], compare_by_id);

  return TRUE;
}

static GBytes *
write_document (Export   *export,
                Records  *records,
                GError  **error)
{
  export->buffer = xmlBufferCreate ();
  export->writer = xmlNewTextWriterMemory (export->buffer, 0);
  if (export->writer == NULL)
    {
      g_set_error_literal (error, HEARTH_EXCHANGE_ERROR, HEARTH_EXCHANGE_ERROR_WRITE,
                           _("The family could not be exported because the XML writer could "
                             "not start; the stored records are safe."));
      return NULL;
    }
  for (guint k = 0; k < EXCHANGE_N_KINDS; k++)
    export->ids[k] = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);

  check_rc (export, xmlTextWriterSetIndent (export->writer, 1));
  check_rc (export, xmlTextWriterSetIndentString (export->writer, (const xmlChar *) "  "));
  check_rc (export, xmlTextWriterStartDocument (export->writer, NULL, "UTF-8", NULL));

  start_element (export, "hearth-family");
  write_attr (export, "format", HEARTH_EXCHANGE_FORMAT);
  write_family (export, records->family);

  start_element (export, "people");
  for (guint i = 0; i < records->records[EXCHANGE_PERSON]->len; i++)
    write_person (export, g_ptr_array_index (records->records[EXCHANGE_PERSON], i));
  end_element (export);

  start_element (export, "visits");
  for (guint i = 0; i < records->records[EXCHANGE_VISIT]->len; i++)
    write_visit (export, g_ptr_array_index (records->records[EXCHANGE_VISIT], i));
  end_element (export);

  start_element (export, "assessments");
  for (guint i = 0; i < records->records[EXCHANGE_ASSESSMENT]->len; i++)
    write_assessment (export, g_ptr_array_index (records->records[EXCHANGE_ASSESSMENT], i));
  end_element (export);

  start_element (export, "chronology");
  for (guint i = 0; i < records->records[EXCHANGE_EVENT]->len; i++)
    write_event (export, g_ptr_array_index (records->records[EXCHANGE_EVENT], i));
  end_element (export);

  start_element (export, "periods");
  for (guint i = 0; i < records->records[EXCHANGE_PERIOD]->len; i++)
    write_period (export, g_ptr_array_index (records->records[EXCHANGE_PERIOD], i));
  end_element (export);

  start_element (export, "supervisions");
  for (guint i = 0; i < records->records[EXCHANGE_SUPERVISION]->len; i++)
    write_supervision (export, g_ptr_array_index (records->records[EXCHANGE_SUPERVISION], i));
  end_element (export);

  /* Each database records its own imports; the document is the record of
   * this transfer. Leaving them out keeps export → import → export exact. */
  start_element (export, "audit");
  for (guint i = 0; i < records->audit->len; i++)
    {
      HearthAuditEntry *entry = g_ptr_array_index (records->audit, i);

      if (entry->action != HEARTH_AUDIT_ACTION_IMPORT)
        write_audit_entry (export, entry);
    }
  end_element (export);

  end_element (export);
  check_rc (export, xmlTextWriterEndDocument (export->writer));
  g_clear_pointer (&export->writer, xmlFreeTextWriter);

  if (export->unexportable)
    {
      g_set_error_literal (error, HEARTH_EXCHANGE_ERROR, HEARTH_EXCHANGE_ERROR_UNEXPORTABLE,
                           _("The family could not be exported because a record holds "
                             "characters that an XML file cannot carry; the stored records "
                             "are safe."));
      return NULL;
    }

  if (export->failed)
    {
      g_set_error_literal (error, HEARTH_EXCHANGE_ERROR, HEARTH_EXCHANGE_ERROR_WRITE,
                           _("The family could not be exported because the XML writer "
                             "failed; the stored records are safe."));
      return NULL;
    }

  return g_bytes_new (xmlBufferContent (export->buffer), xmlBufferLength (export->buffer));
}

/**
 * hearth_store_export_family_to_bytes:
 * @self: a store
 * @case_reference: the family's case reference
 * @error: return location for a #GError
 *
 * Writes the family with @case_reference, complete, as an exchange
 * document (see resources/exchange/hearth-family.rng). The same family
 * always gives the same bytes, in any database.
 *
 * Returns: (transfer full): the document, or %NULL with
 *   %HEARTH_STORE_ERROR_NOT_FOUND when there is no such family, a
 *   %HEARTH_EXCHANGE_ERROR when a record cannot be written, or another
 *   %HEARTH_STORE_ERROR
 */
GBytes *
hearth_store_export_family_to_bytes (HearthStore  *self,
                                     const char   *case_reference,
                                     GError      **error)
{
  g_auto(Export) export = { NULL };
  g_auto(Records) records = { NULL };

  g_return_val_if_fail (HEARTH_IS_STORE (self), NULL);
  g_return_val_if_fail (case_reference != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  export.instruments = hearth_exchange_load_instruments (error);
  if (export.instruments == NULL)
    return NULL;

  if (!read_records (self, case_reference, &records, error))
    return NULL;

  return write_document (&export, &records, error);
}

/**
 * hearth_store_export_family:
 * @self: a store
 * @case_reference: the family's case reference
 * @stream: where to write the document
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for a #GError
 *
 * Writes the family to @stream as hearth_store_export_family_to_bytes()
 * makes it. @stream is not closed.
 *
 * Returns: %TRUE on success; %FALSE with an error as for
 *   hearth_store_export_family_to_bytes(), or
 *   %HEARTH_EXCHANGE_ERROR_WRITE when the stream fails
 */
gboolean
hearth_store_export_family (HearthStore    *self,
                            const char     *case_reference,
                            GOutputStream  *stream,
                            GCancellable   *cancellable,
                            GError        **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) local_error = NULL;
  gsize size;
  gconstpointer data;

  g_return_val_if_fail (G_IS_OUTPUT_STREAM (stream), FALSE);

  bytes = hearth_store_export_family_to_bytes (self, case_reference, error);
  if (bytes == NULL)
    return FALSE;

  data = g_bytes_get_data (bytes, &size);
  if (!g_output_stream_write_all (stream, data, size, NULL, cancellable, &local_error))
    {
      g_debug ("Writing the export failed: %s", local_error->message);
      g_set_error_literal (error, HEARTH_EXCHANGE_ERROR, HEARTH_EXCHANGE_ERROR_WRITE,
                           _("The family could not be exported because the output could not "
                             "be written; the stored records are safe."));
      return FALSE;
    }

  return TRUE;
}

/**
 * hearth_store_export_family_to_file:
 * @self: a store
 * @case_reference: the family's case reference
 * @path: the file to write
 * @error: return location for a #GError
 *
 * Writes the family to @path, as a file only its owner can read (mode
 * 0600) that replaces any earlier file at once and completely: a reader
 * never sees half an export.
 *
 * Returns: %TRUE on success; %FALSE with an error as for
 *   hearth_store_export_family_to_bytes(), or
 *   %HEARTH_EXCHANGE_ERROR_WRITE when the file cannot be written
 */
gboolean
hearth_store_export_family_to_file (HearthStore  *self,
                                    const char   *case_reference,
                                    const char   *path,
                                    GError      **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) local_error = NULL;
  gsize size;
  gconstpointer data;

  g_return_val_if_fail (path != NULL, FALSE);

  bytes = hearth_store_export_family_to_bytes (self, case_reference, error);
  if (bytes == NULL)
    return FALSE;

  data = g_bytes_get_data (bytes, &size);
  if (!g_file_set_contents_full (path, data, (gssize) size,
                                 G_FILE_SET_CONTENTS_CONSISTENT | G_FILE_SET_CONTENTS_DURABLE,
                                 0600, &local_error))
    {
      g_debug ("Writing the export failed: %s", local_error->message);
      g_set_error_literal (error, HEARTH_EXCHANGE_ERROR, HEARTH_EXCHANGE_ERROR_WRITE,
                           _("The family could not be exported because the file could not "
                             "be written; the stored records are safe."));
      return FALSE;
    }

  return TRUE;
}
