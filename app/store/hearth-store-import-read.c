/* hearth-store-import-read.c
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

#include "core/hearth-entities.h"
#include "core/hearth-instrument-error.h"
#include "core/hearth-xml.h"

#include "hearth-store-exchange-private.h"

/*
 * Reading an exchange document: parse the bytes as untrusted XML, validate
 * against the schema, and only then read the records into core entities.
 * Document ids are resolved as they are read: a record may only name
 * records that come before it (the audit trail, at the end, may name any),
 * so an id that is unknown when it is used is dangling.
 *
 * Every record's id, and every link, becomes its 1-based position in the
 * array of its kind (see ExchangeDocument). The core validators then check
 * each record as the store would before saving it; they need a family id,
 * so every record is given the placeholder family 1.
 */

#define PLACEHOLDER_FAMILY 1

typedef struct
{
  ExchangeDocument *document;  /* borrowed */
  GHashTable       *ids;       /* doc id → kind | position << 8 */
  GError           *error;     /* the first fault */
} Reader;

static void
reader_clear (Reader *reader)
{
  g_clear_pointer (&reader->ids, g_hash_table_unref);
  g_clear_error (&reader->error);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Reader, reader_clear)

static void
fail (Reader     *reader,
      xmlNode    *node,
      const char *reason)
{
  if (reader->error != NULL)
    return;

  hearth_exchange_set_invalid (&reader->error, reader->document->display_name,
                               node != NULL ? hearth_xml_get_line (node) : 0, reason);
}

/* Turns a core validator's sentence into the reason of ours. */
static void
fail_with (Reader       *reader,
           xmlNode      *node,
           const GError *cause)
{
  g_autofree char *reason = g_strdup (cause->message);
  gsize length = strlen (reason);

  if (length > 0 && reason[length - 1] == '.')
    reason[length - 1] = '\0';
  if (g_ascii_isupper (reason[0]))
    reason[0] = g_ascii_tolower (reason[0]);

  fail (reader, node, reason);
}

/* Attribute values exactly as written, without trimming: names and notes
 * must come back as they went out. */
static char *
dup_attr (xmlNode    *node,
          const char *name)
{
  xmlChar *value = xmlGetNoNsProp (node, (const xmlChar *) name);
  char *copy;

  if (value == NULL)
    return NULL;

  copy = g_strdup ((const char *) value);
  xmlFree (value);
  return copy;
}

static gboolean
has_attr_value (xmlNode    *node,
                const char *name,
                const char *expected)
{
  g_autofree char *value = dup_attr (node, name);

  return g_strcmp0 (value, expected) == 0;
}

static char *
dup_text (xmlNode *node)
{
  xmlChar *content = xmlNodeGetContent (node);
  char *copy = g_strdup (content != NULL ? (const char *) content : "");

  xmlFree (content);
  return copy;
}

/* The first child element called @name, or %NULL. */
static xmlNode *
find_child (xmlNode    *parent,
            const char *name)
{
  for (xmlNode *child = parent->children; child != NULL; child = child->next)
    if (hearth_xml_is_element (child, name))
      return child;

  return NULL;
}

static char *
dup_child_text (xmlNode    *parent,
                const char *name)
{
  xmlNode *child = find_child (parent, name);

  return child != NULL ? dup_text (child) : NULL;
}

static gint64
read_moment (Reader     *reader,
             xmlNode    *node,
             const char *name)
{
  g_autofree char *text = dup_attr (node, name);
  gint64 seconds = 0;

  if (!hearth_exchange_parse_moment (text, &seconds))
    {
      g_autofree char *reason = g_strdup_printf (_("the time in “%s” is not a real moment "
                                                   "from 1900 onwards"), name);

      fail (reader, node, reason);
      return 0;
    }

  return seconds;
}

/* A date attribute, checked now so the message can name the attribute;
 * %NULL when absent. */
static char *
read_date (Reader     *reader,
           xmlNode    *node,
           const char *name)
{
  g_autofree char *text = dup_attr (node, name);
  g_autoptr(GError) local_error = NULL;

  if (text != NULL && !hearth_date_validate (text, &local_error))
    {
      fail_with (reader, node, local_error);
      return NULL;
    }

  return g_steal_pointer (&text);
}

static void
add_id (Reader       *reader,
        xmlNode      *node,
        ExchangeKind  kind,
        guint         position)
{
  g_autofree char *id = dup_attr (node, "id");

  if (g_hash_table_contains (reader->ids, id))
    {
      fail (reader, node, _("the id is already used by another record in the document"));
      return;
    }

  g_hash_table_insert (reader->ids, g_steal_pointer (&id), GUINT_TO_POINTER (kind | position << 8));
}

/* Resolves the id in attribute @name, which must name an earlier record of
 * @kind. Returns its position, or 0 when the attribute is absent or (with
 * the reader failed) dangling. */
static gint64
resolve (Reader       *reader,
         xmlNode      *node,
         const char   *name,
         ExchangeKind  kind)
{
  g_autofree char *id = dup_attr (node, name);
  gpointer value;

  if (id == NULL)
    return 0;

  if (!g_hash_table_lookup_extended (reader->ids, id, NULL, &value)
      || (GPOINTER_TO_UINT (value) & 0xff) != kind)
    {
      g_autofree char *reason = NULL;

      reason = g_strdup_printf (_("“%s” does not name an earlier %s in the document"),
                                name, hearth_exchange_kind_entity_type (kind));
      fail (reader, node, reason);
      return 0;
    }

  return GPOINTER_TO_UINT (value) >> 8;
}

/* Like resolve(), for a person who must be a child. */
static gint64
resolve_child (Reader     *reader,
               xmlNode    *node,
               const char *name)
{
  gint64 position = resolve (reader, node, name, EXCHANGE_PERSON);
  HearthPerson *person;

  if (position == 0)
    return 0;

  person = g_ptr_array_index (reader->document->records[EXCHANGE_PERSON], position - 1);
  if (!hearth_person_is_child (person))
    {
      g_autofree char *reason = g_strdup_printf (_("“%s” names an adult where a child is needed"),
                                                 name);

      fail (reader, node, reason);
      return 0;
    }

  return position;
}

static void
add_record (Reader       *reader,
            xmlNode      *node,
            ExchangeKind  kind,
            gpointer      record)
{
  int line = hearth_xml_get_line (node);

  g_ptr_array_add (reader->document->records[kind], record);
  g_array_append_val (reader->document->lines[kind], line);
  add_id (reader, node, kind, reader->document->records[kind]->len);
}

static void
read_family (Reader  *reader,
             xmlNode *node)
{
  g_autofree char *reference = dup_attr (node, "reference");
  g_autofree char *name = dup_attr (node, "name");
  g_autoptr(HearthFamily) family = hearth_family_new (reference, name);
  g_autoptr(GError) local_error = NULL;

  family->archived = has_attr_value (node, "archived", "true");
  family->created_at = read_moment (reader, node, "created");
  family->updated_at = read_moment (reader, node, "updated");

  if (!hearth_family_validate (family, &local_error))
    fail_with (reader, node, local_error);

  reader->document->family = g_steal_pointer (&family);
}

static void
read_person (Reader  *reader,
             xmlNode *node)
{
  g_autofree char *kind = dup_attr (node, "kind");
  g_autofree char *name = dup_attr (node, "name");
  g_autofree char *sex = dup_attr (node, "sex");
  g_autofree char *role = dup_attr (node, "role");
  g_autofree char *born = read_date (reader, node, "born");
  g_autoptr(GError) local_error = NULL;
  HearthPerson *person;

  person = g_strcmp0 (kind, "child") == 0 ? hearth_person_new_child (name, born)
                                          : hearth_person_new_adult (name, 0, TRUE);
  g_free (person->date_of_birth);
  person->date_of_birth = g_steal_pointer (&born);
  person->family_id = PLACEHOLDER_FAMILY;
  hearth_sex_from_string (sex, &person->sex);
  hearth_adult_role_from_string (role, &person->role);
  person->send = has_attr_value (node, "send", "true");
  person->lives_in_home = has_attr_value (node, "lives-in-home", "true");
  person->created_at = read_moment (reader, node, "created");
  person->updated_at = read_moment (reader, node, "updated");

  add_record (reader, node, EXCHANGE_PERSON, person);
  person->id = reader->document->records[EXCHANGE_PERSON]->len;

  if (reader->error == NULL && !hearth_person_validate (person, &local_error))
    fail_with (reader, node, local_error);
}

static void
read_visit (Reader  *reader,
            xmlNode *node)
{
  g_autofree char *practitioner = dup_attr (node, "practitioner");
  g_autoptr(GError) local_error = NULL;
  HearthVisit *visit;

  visit = hearth_visit_new (PLACEHOLDER_FAMILY, read_moment (reader, node, "at"), practitioner);
  visit->announced = has_attr_value (node, "announced", "true");
  visit->created_at = read_moment (reader, node, "created");
  visit->updated_at = read_moment (reader, node, "updated");
  visit->others_present = dup_child_text (node, "others-present");
  visit->notes = dup_child_text (node, "notes");

  for (xmlNode *child = node->children; child != NULL; child = child->next)
    {
      if (hearth_xml_is_element (child, "present"))
        {
          gint64 position = resolve (reader, child, "person", EXCHANGE_PERSON);

          /* Not hearth_visit_add_present(), which merges repeats and wants
           * a valid id: the validator reports both. */
          g_array_append_val (visit->present_ids, position);
        }
      else if (hearth_xml_is_element (child, "child"))
        {
          HearthVisitChild entry = {
            resolve_child (reader, child, "person"),
            has_attr_value (child, "seen", "true"),
            has_attr_value (child, "seen-alone", "true"),
          };

          /* Not hearth_visit_set_child(): a repeated child must be refused,
           * not merged. */
          g_array_append_val (visit->children, entry);
        }
    }

  add_record (reader, node, EXCHANGE_VISIT, visit);
  visit->id = reader->document->records[EXCHANGE_VISIT]->len;

  if (reader->error == NULL && !hearth_visit_validate (visit, &local_error))
    fail_with (reader, node, local_error);
}

static void
read_response (Reader           *reader,
               HearthAssessment *assessment,
               xmlNode          *node)
{
  g_autofree char *item = dup_attr (node, "item");
  g_autofree char *level = dup_attr (node, "level");
  g_autoptr(HearthResponse) response = hearth_response_new (item);
  guint64 value = 0;

  /* The schema allows 0 to 99. */
  g_ascii_string_to_unsigned (level, 10, 0, 99, &value, NULL);
  response->level = (int) value;
  response->not_known = has_attr_value (node, "not-known", "true");
  response->note = dup_child_text (node, "note");
  response->value = dup_child_text (node, "value");

  if (xmlHasProp (node, (const xmlChar *) "child") != NULL)
    {
      gint64 child = resolve_child (reader, node, "child");

      if (response->value != NULL)
        fail (reader, node, _("a response names a child and also has a value"));

      response->value = g_strdup_printf ("%" G_GINT64_FORMAT, child);
      g_hash_table_add (reader->document->child_responses, response);
    }

  if (hearth_assessment_lookup_response (assessment, item) != NULL)
    {
      fail (reader, node, _("the assessment answers the same item twice"));
      return;
    }

  g_ptr_array_add (assessment->responses, g_steal_pointer (&response));
}

static void
read_assessment (Reader  *reader,
                 xmlNode *node)
{
  g_autofree char *scope = dup_attr (node, "scope");
  g_autofree char *status = dup_attr (node, "status");
  g_autofree char *instrument = dup_attr (node, "instrument");
  g_autofree char *version = dup_attr (node, "instrument-version");
  g_autoptr(GError) local_error = NULL;
  HearthAssessment *assessment;
  HearthAssessmentScope scope_value = HEARTH_ASSESSMENT_SCOPE_CHILD;

  hearth_assessment_scope_from_string (scope, &scope_value);
  assessment = hearth_assessment_new (PLACEHOLDER_FAMILY, scope_value,
                                      resolve_child (reader, node, "child"), instrument, version);
  hearth_assessment_status_from_string (status, &assessment->status);
  assessment->visit_id = resolve (reader, node, "visit", EXCHANGE_VISIT);
  assessment->supersedes_id = resolve (reader, node, "supersedes", EXCHANGE_ASSESSMENT);
  if (xmlHasProp (node, (const xmlChar *) "finalised-at") != NULL)
    assessment->finalised_at = read_moment (reader, node, "finalised-at");
  assessment->finalised_by = dup_attr (node, "finalised-by");
  assessment->amend_reason = dup_child_text (node, "amend-reason");
  assessment->created_at = read_moment (reader, node, "created");
  assessment->updated_at = read_moment (reader, node, "updated");

  for (xmlNode *child = node->children; child != NULL; child = child->next)
    if (hearth_xml_is_element (child, "response"))
      read_response (reader, assessment, child);

  add_record (reader, node, EXCHANGE_ASSESSMENT, assessment);
  assessment->id = reader->document->records[EXCHANGE_ASSESSMENT]->len;

  if (reader->error == NULL && !hearth_assessment_validate (assessment, &local_error))
    fail_with (reader, node, local_error);
}

static void
read_event (Reader  *reader,
            xmlNode *node)
{
  g_autofree char *date = read_date (reader, node, "date");
  g_autofree char *category = dup_attr (node, "category");
  g_autofree char *source = dup_attr (node, "source");
  g_autofree char *what = dup_child_text (node, "what-happened");
  g_autofree char *precision = dup_attr (node, "precision");
  g_autofree char *impact = dup_attr (node, "impact");
  g_autofree char *significance = dup_attr (node, "significance");
  g_autoptr(GError) local_error = NULL;
  HearthEventCategory category_value = HEARTH_EVENT_CATEGORY_OTHER;
  HearthEvent *event;

  hearth_event_category_from_string (category, &category_value);
  event = hearth_event_new (PLACEHOLDER_FAMILY, date, category_value, source, what);
  hearth_date_precision_from_string (precision, &event->precision);
  hearth_event_impact_from_string (impact, &event->impact);
  hearth_significance_from_string (significance, &event->significance);
  event->visit_id = resolve (reader, node, "visit", EXCHANGE_VISIT);
  event->assessment_id = resolve (reader, node, "assessment", EXCHANGE_ASSESSMENT);
  event->impact_text = dup_child_text (node, "impact-on-child");
  event->action_taken = dup_child_text (node, "action-taken");
  event->analysis = dup_child_text (node, "analysis");
  event->created_at = read_moment (reader, node, "created");
  event->updated_at = read_moment (reader, node, "updated");

  for (xmlNode *child = node->children; child != NULL; child = child->next)
    {
      if (hearth_xml_is_element (child, "child"))
        {
          gint64 position = resolve_child (reader, child, "person");

          g_array_append_val (event->child_ids, position);
        }
    }

  add_record (reader, node, EXCHANGE_EVENT, event);
  event->id = reader->document->records[EXCHANGE_EVENT]->len;

  if (reader->error == NULL && !hearth_event_validate (event, &local_error))
    fail_with (reader, node, local_error);
}

static void
read_period (Reader  *reader,
             xmlNode *node)
{
  g_autofree char *kind = dup_attr (node, "kind");
  g_autofree char *start = read_date (reader, node, "start");
  g_autofree char *end_date = read_date (reader, node, "end");
  g_autoptr(GError) local_error = NULL;
  HearthPeriodKind kind_value = HEARTH_PERIOD_KIND_EARLY_HELP;
  HearthPeriod *period;

  hearth_period_kind_from_string (kind, &kind_value);
  period = hearth_period_new (PLACEHOLDER_FAMILY, resolve_child (reader, node, "person"),
                              kind_value, start, end_date);
  period->created_at = read_moment (reader, node, "created");
  period->updated_at = read_moment (reader, node, "updated");

  add_record (reader, node, EXCHANGE_PERIOD, period);
  period->id = reader->document->records[EXCHANGE_PERIOD]->len;

  if (reader->error == NULL && !hearth_period_validate (period, &local_error))
    fail_with (reader, node, local_error);
}

static void
read_supervision (Reader  *reader,
                  xmlNode *node)
{
  g_autofree char *date = read_date (reader, node, "date");
  g_autofree char *supervisor = dup_attr (node, "supervisor");
  g_autofree char *practitioner = dup_attr (node, "practitioner");
  g_autofree char *status = dup_attr (node, "status");
  g_autoptr(GError) local_error = NULL;
  HearthSupervision *supervision;

  supervision = hearth_supervision_new (PLACEHOLDER_FAMILY, date, supervisor, practitioner);
  supervision->next_review = read_date (reader, node, "next-review");
  hearth_supervision_status_from_string (status, &supervision->status);
  supervision->reflection = dup_child_text (node, "reflection");
  supervision->decisions = dup_child_text (node, "decisions");
  supervision->created_at = read_moment (reader, node, "created");
  supervision->updated_at = read_moment (reader, node, "updated");

  for (xmlNode *child = node->children; child != NULL; child = child->next)
    {
      if (hearth_xml_is_element (child, "action"))
        {
          g_autofree char *text = dup_text (child);
          g_autofree char *owner = dup_attr (child, "owner");
          g_autofree char *due = read_date (reader, child, "due");
          HearthSupervisionAction *action;

          action = hearth_supervision_add_action (supervision, text, owner, due);
          action->done = has_attr_value (child, "done", "true");
        }
    }

  add_record (reader, node, EXCHANGE_SUPERVISION, supervision);
  supervision->id = reader->document->records[EXCHANGE_SUPERVISION]->len;

  if (reader->error == NULL && !hearth_supervision_validate (supervision, &local_error))
    fail_with (reader, node, local_error);
}

static void
read_audit_entry (Reader  *reader,
                  xmlNode *node)
{
  g_autofree char *actor = dup_attr (node, "actor");
  g_autofree char *entity = dup_attr (node, "entity");
  g_autofree char *action = dup_attr (node, "action");
  g_autofree char *summary = dup_attr (node, "summary");
  HearthAuditAction action_value = HEARTH_AUDIT_ACTION_UPDATE;
  HearthAuditEntry *entry;
  ExchangeKind kind;
  gint64 record = 0;

  hearth_audit_action_from_string (action, &action_value);

  if (xmlHasProp (node, (const xmlChar *) "record") != NULL)
    {
      if (!hearth_exchange_kind_from_entity (entity, &kind))
        fail (reader, node, _("the audit entry names a record of a kind that has no ids"));
      else
        record = resolve (reader, node, "record", kind);
    }

  entry = hearth_audit_entry_new (actor, entity, record, action_value, summary);
  entry->at = read_moment (reader, node, "at");
  g_ptr_array_add (reader->document->audit, entry);
}

/* Reads the records of one section, element by element. */
static void
read_section (Reader     *reader,
              xmlNode    *root,
              const char *name,
              const char *element,
              void      (*read_record) (Reader *, xmlNode *))
{
  xmlNode *section = find_child (root, name);

  /* The schema guarantees the section; a program error otherwise. */
  g_assert (section != NULL);

  for (xmlNode *child = section->children; child != NULL && reader->error == NULL;
       child = child->next)
    if (hearth_xml_is_element (child, element))
      read_record (reader, child);
}

/* How each kind of record is freed, in ExchangeKind order. */
static const GDestroyNotify record_unrefs[EXCHANGE_N_KINDS] = {
  [EXCHANGE_PERSON] = (GDestroyNotify) hearth_person_unref,
  [EXCHANGE_VISIT] = (GDestroyNotify) hearth_visit_unref,
  [EXCHANGE_ASSESSMENT] = (GDestroyNotify) hearth_assessment_unref,
  [EXCHANGE_EVENT] = (GDestroyNotify) hearth_event_unref,
  [EXCHANGE_PERIOD] = (GDestroyNotify) hearth_period_unref,
  [EXCHANGE_SUPERVISION] = (GDestroyNotify) hearth_supervision_unref,
};

/* Reports a fault from the XML helpers in this file's terms. */
static void
set_parse_error (GError       **error,
                 const GError  *cause)
{
  g_autoptr(GString) message = g_string_new (cause->message);
  HearthExchangeError code = HEARTH_EXCHANGE_ERROR_MALFORMED;

  if (g_error_matches (cause, HEARTH_INSTRUMENT_ERROR, HEARTH_INSTRUMENT_ERROR_SCHEMA))
    {
      code = HEARTH_EXCHANGE_ERROR_SCHEMA;
      /* The shared validator speaks of instruments, its first user. */
      g_string_replace (message, "the instrument schema", "the family exchange schema", 1);
    }
  else if (g_error_matches (cause, HEARTH_INSTRUMENT_ERROR, HEARTH_INSTRUMENT_ERROR_TOO_LARGE)
           || g_error_matches (cause, HEARTH_INSTRUMENT_ERROR, HEARTH_INSTRUMENT_ERROR_READ))
    code = HEARTH_EXCHANGE_ERROR_READ;

  if (message->len > 0 && message->str[message->len - 1] == '.')
    g_string_truncate (message, message->len - 1);

  g_set_error (error, HEARTH_EXCHANGE_ERROR, code,
               /* Translators: %s says why a file was refused */
               _("%s; nothing was imported."), message->str);
}

/*
 * hearth_exchange_read_document:
 * @document: the bytes of an exchange document
 * @display_name: how messages name it
 *
 * Parses, validates and reads a document, then checks it with
 * hearth_exchange_check_document().
 *
 * Returns: (transfer full): the document, or %NULL with a
 *   %HEARTH_EXCHANGE_ERROR that names the line at fault
 */
ExchangeDocument *
hearth_exchange_read_document (GBytes      *bytes,
                               const char  *display_name,
                               GError     **error)
{
  g_autoptr(ExchangeDocument) document = g_new0 (ExchangeDocument, 1);
  g_autoptr(xmlDoc) doc = NULL;
  g_autoptr(GError) local_error = NULL;
  g_auto(Reader) reader = { document, NULL, NULL };
  xmlNode *root;

  document->display_name = g_strdup (display_name);
  for (guint k = 0; k < EXCHANGE_N_KINDS; k++)
    {
      document->records[k] = g_ptr_array_new_with_free_func (record_unrefs[k]);
      document->lines[k] = g_array_new (FALSE, FALSE, sizeof (int));
    }
  document->audit = g_ptr_array_new_with_free_func ((GDestroyNotify) hearth_audit_entry_unref);
  document->child_responses = g_hash_table_new (NULL, NULL);
  reader.ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  doc = hearth_xml_parse_untrusted (bytes, display_name, &local_error);
  if (doc == NULL)
    {
      set_parse_error (error, local_error);
      return NULL;
    }

  /* Clearer than the schema's "expecting …" for the commonest mistake:
   * importing some other XML file, such as an instrument. */
  root = xmlDocGetRootElement (doc);
  if (root == NULL || !hearth_xml_is_element (root, "hearth-family") || root->ns != NULL)
    {
      g_set_error (error, HEARTH_EXCHANGE_ERROR, HEARTH_EXCHANGE_ERROR_SCHEMA,
                   /* Translators: %s is a file name */
                   _("%s is not a Hearth family exchange file because its root element is not "
                     "hearth-family; nothing was imported."),
                   display_name);
      return NULL;
    }

  if (!has_attr_value (root, "format", HEARTH_EXCHANGE_FORMAT))
    {
      g_set_error (error, HEARTH_EXCHANGE_ERROR, HEARTH_EXCHANGE_ERROR_SCHEMA,
                   /* Translators: %s is a file name */
                   _("%s is written in a version of the family exchange format that this "
                     "version of Hearth cannot read; nothing was imported."),
                   display_name);
      return NULL;
    }

  if (!hearth_xml_validate (doc, HEARTH_EXCHANGE_SCHEMA_RESOURCE, display_name, &local_error))
    {
      set_parse_error (error, local_error);
      return NULL;
    }

  g_assert (find_child (root, "family") != NULL);
  read_family (&reader, find_child (root, "family"));
  read_section (&reader, root, "people", "person", read_person);
  read_section (&reader, root, "visits", "visit", read_visit);
  read_section (&reader, root, "assessments", "assessment", read_assessment);
  read_section (&reader, root, "chronology", "event", read_event);
  read_section (&reader, root, "periods", "period", read_period);
  read_section (&reader, root, "supervisions", "supervision", read_supervision);
  read_section (&reader, root, "audit", "entry", read_audit_entry);

  if (reader.error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&reader.error));
      return NULL;
    }

  if (!hearth_exchange_check_document (document, error))
    return NULL;

  return g_steal_pointer (&document);
}
