/* hearth-instrument-parser.c
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

#include <glib/gi18n.h>
#include <math.h>

#include "hearth-instrument-private.h"
#include "hearth-xml.h"

/*
 * From a document that instrument.rng has accepted to the structures of
 * HearthInstrument. The schema settles which elements and attributes occur
 * where; this file checks what a schema cannot say about one element and
 * its children (unique ids, a descriptor for every level, sane age bands)
 * and hearth-instrument-check.c checks rules that span the whole file.
 * Nothing here asserts on the document: each fault is a GError.
 */

#define XML_FOREACH_ELEMENT(parent, child) \
  for (xmlNode *child = (parent)->children; child != NULL; child = child->next) \
    if (child->type == XML_ELEMENT_NODE)

/* Texts from a definition that names a translation domain are looked up in
 * it, with the instrument id as context (STYLE.md, "Strings inside
 * instrument XML"). */
static const char *
intern_text (HearthInstrument *self,
             const char       *text)
{
  if (text == NULL)
    return NULL;

  if (self->translation_domain != NULL && *text != '\0')
    text = g_dpgettext2 (self->translation_domain, self->id, text);

  return hearth_instrument_intern (self, text);
}

static const char *
dup_node_text (HearthInstrument *self,
               xmlNode          *node)
{
  g_autofree char *text = hearth_xml_dup_text (node);

  return intern_text (self, text);
}

static const char *
dup_attribute (HearthInstrument *self,
               xmlNode          *node,
               const char       *name,
               gboolean          translate)
{
  g_autofree char *value = hearth_xml_dup_prop (node, name);
  g_autofree char *collapsed = NULL;

  if (value == NULL)
    return NULL;
  if (!translate)
    return hearth_instrument_intern (self, value);

  /* Translatable attributes are collapsed like element text. */
  collapsed = hearth_xml_collapse_space (value);
  return intern_text (self, collapsed);
}

static gboolean
read_int (HearthInstrument  *self,
          xmlNode           *node,
          const char        *name,
          int                fallback,
          int               *out,
          GError           **error)
{
  g_autofree char *value = hearth_xml_dup_prop (node, name);
  gint64 number;

  if (value == NULL)
    {
      *out = fallback;
      return TRUE;
    }

  if (!g_ascii_string_to_signed (value, 10, 0, G_MAXINT, &number, NULL))
    {
      hearth_instrument_set_error (self, error, hearth_xml_get_line (node),
                                   "the attribute “%s” must be a whole number.", name);
      return FALSE;
    }

  *out = (int) number;
  return TRUE;
}

static gboolean
read_double (HearthInstrument  *self,
             xmlNode           *node,
             const char        *name,
             double             fallback,
             double            *out,
             GError           **error)
{
  g_autofree char *value = hearth_xml_dup_prop (node, name);
  char *end = NULL;
  double number;

  if (value == NULL)
    {
      *out = fallback;
      return TRUE;
    }

  number = g_ascii_strtod (value, &end);
  if (end == value || *end != '\0' || !isfinite (number))
    {
      hearth_instrument_set_error (self, error, hearth_xml_get_line (node),
                                   "the attribute “%s” must be a number.", name);
      return FALSE;
    }

  *out = number;
  return TRUE;
}

static gboolean
read_boolean (xmlNode    *node,
              const char *name,
              gboolean    fallback)
{
  g_autofree char *value = hearth_xml_dup_prop (node, name);

  if (value == NULL)
    return fallback;

  return g_str_equal (value, "true");
}

static gboolean
require_text (HearthInstrument  *self,
              xmlNode           *node,
              const char        *text,
              const char        *what,
              GError           **error)
{
  if (text != NULL && *text != '\0')
    return TRUE;

  hearth_instrument_set_error (self, error, hearth_xml_get_line (node), "%s is empty.", what);
  return FALSE;
}

static gboolean
parse_scale (HearthInstrument  *self,
             xmlNode           *node,
             GError           **error)
{
  g_autofree char *direction = hearth_xml_dup_prop (node, "direction");

  self->direction = g_strcmp0 (direction, "higher-is-better") == 0
                    ? HEARTH_SCALE_HIGHER_IS_BETTER : HEARTH_SCALE_HIGHER_IS_WORSE;
  self->not_known_label = dup_attribute (self, node, "not-known-label", TRUE);
  if (self->not_known_label == NULL || *self->not_known_label == '\0')
    /* Translators: the choice for a rating that could not be made. */
    self->not_known_label = hearth_instrument_intern (self, C_("rating", "Not known"));

  XML_FOREACH_ELEMENT (node, child)
    {
      g_autofree HearthScaleLevel *level = g_new0 (HearthScaleLevel, 1);
      int line = hearth_xml_get_line (child);
      int expected = (int) self->levels->len + 1;

      if (!read_int (self, child, "value", 0, &level->value, error))
        return FALSE;

      if (hearth_instrument_lookup_level (self, level->value) != NULL)
        {
          hearth_instrument_set_error (self, error, line,
                                       "the scale value %d is used twice.", level->value);
          return FALSE;
        }
      if (level->value != expected)
        {
          hearth_instrument_set_error (self, error, line,
                                       "scale values must run 1, 2, 3… in order, "
                                       "so this level should have the value %d, not %d.",
                                       expected, level->value);
          return FALSE;
        }

      level->label = dup_attribute (self, child, "label", TRUE);
      level->meaning = dup_node_text (self, child);
      if (!require_text (self, child, level->label, "the scale level’s label", error)
          || !require_text (self, child, level->meaning, "the scale level’s meaning", error))
        return FALSE;

      g_ptr_array_add (self->levels, g_steal_pointer (&level));
    }

  return TRUE;
}

static gboolean
parse_categories (HearthInstrument  *self,
                  xmlNode           *node,
                  GError           **error)
{
  XML_FOREACH_ELEMENT (node, child)
    {
      g_autofree HearthInstrumentCategory *category = g_new0 (HearthInstrumentCategory, 1);
      const char *description;

      category->line = hearth_xml_get_line (child);
      category->id = dup_attribute (self, child, "id", FALSE);
      category->label = dup_attribute (self, child, "label", TRUE);
      description = dup_node_text (self, child);
      category->description = *description != '\0' ? description : NULL;

      if (hearth_instrument_lookup_category (self, category->id) != NULL)
        {
          hearth_instrument_set_error (self, error, category->line,
                                       "the category id “%s” is used twice.", category->id);
          return FALSE;
        }
      if (!require_text (self, child, category->label, "the category’s label", error))
        return FALSE;

      g_ptr_array_add (self->categories, g_steal_pointer (&category));
    }

  return TRUE;
}

static gboolean
claim_id (HearthInstrument  *self,
          const char        *id,
          int                line,
          GError           **error)
{
  if (g_hash_table_contains (self->items_by_id, id)
      || g_hash_table_contains (self->fields_by_id, id))
    {
      hearth_instrument_set_error (self, error, line,
                                   "the id “%s” is used twice; every item and field "
                                   "needs an id of its own.", id);
      return FALSE;
    }

  return TRUE;
}

static gboolean
parse_descriptors (HearthInstrument      *self,
                   HearthInstrumentItem  *item,
                   xmlNode               *node,
                   GError               **error)
{
  guint n_levels = self->levels->len;
  g_autofree HearthDescriptor *descriptors = g_new0 (HearthDescriptor, n_levels);

  XML_FOREACH_ELEMENT (node, child)
    {
      int line = hearth_xml_get_line (child);
      const char *text;
      int level;

      if (!hearth_xml_is_element (child, "descriptor"))
        continue;

      if (!read_int (self, child, "level", 0, &level, error))
        return FALSE;

      if (level < 1 || (guint) level > n_levels)
        {
          hearth_instrument_set_error (self, error, line,
                                       "the item “%s” has a descriptor for level %d, "
                                       "which the scale does not have.", item->id, level);
          return FALSE;
        }
      if (descriptors[level - 1].text != NULL)
        {
          hearth_instrument_set_error (self, error, line,
                                       "the item “%s” has two descriptors for level %d.",
                                       item->id, level);
          return FALSE;
        }

      text = dup_node_text (self, child);
      if (*text == '\0')
        {
          hearth_instrument_set_error (self, error, line,
                                       "the item “%s” has an empty descriptor for level %d.",
                                       item->id, level);
          return FALSE;
        }

      descriptors[level - 1].level = level;
      descriptors[level - 1].text = text;
    }

  /* Guidance for every rating is the point of the tool (DESIGN.md, "Who
   * uses it"): a level without a descriptor is a fault, not a gap. */
  for (guint i = 0; i < n_levels; i++)
    {
      if (descriptors[i].text == NULL)
        {
          hearth_instrument_set_error (self, error, item->line,
                                       "the item “%s” has no descriptor for level %u.",
                                       item->id, i + 1);
          return FALSE;
        }
    }

  item->n_descriptors = n_levels;
  item->descriptors = g_steal_pointer (&descriptors);
  return TRUE;
}

static gboolean
parse_age_band (HearthInstrument      *self,
                HearthInstrumentItem  *item,
                xmlNode               *node,
                GError               **error)
{
  if (!read_int (self, node, "min-age", -1, &item->min_age, error)
      || !read_int (self, node, "max-age", -1, &item->max_age, error))
    return FALSE;

  if ((item->min_age >= 0 || item->max_age >= 0)
      && self->scope != HEARTH_INSTRUMENT_SCOPE_CHILD)
    {
      hearth_instrument_set_error (self, error, item->line,
                                   "the item “%s” has an age band, but only instruments "
                                   "with the scope “child” may use age bands.", item->id);
      return FALSE;
    }

  if (item->min_age >= 0 && item->max_age >= 0 && item->min_age > item->max_age)
    {
      hearth_instrument_set_error (self, error, item->line,
                                   "the item “%s” has an age band from %d to %d years, "
                                   "which is back to front.",
                                   item->id, item->min_age, item->max_age);
      return FALSE;
    }

  return TRUE;
}

static HearthInstrumentItem *
parse_item (HearthInstrument              *self,
            const HearthInstrumentSection *section,
            xmlNode                       *node,
            GError                       **error)
{
  g_autoptr(GError) local_error = NULL;
  HearthInstrumentItem *item = g_new0 (HearthInstrumentItem, 1);
  const char *not_known_label;

  item->line = hearth_xml_get_line (node);
  item->id = dup_attribute (self, node, "id", FALSE);
  item->label = dup_attribute (self, node, "label", TRUE);
  item->category = dup_attribute (self, node, "category", FALSE);
  item->section = section->id;
  item->required = read_boolean (node, "required", TRUE);
  item->allow_not_known = read_boolean (node, "not-known", FALSE);
  not_known_label = dup_attribute (self, node, "not-known-label", TRUE);

  if (!claim_id (self, item->id, item->line, &local_error)
      || !require_text (self, node, item->label, "the item’s label", &local_error))
    goto fail;

  if (hearth_instrument_lookup_category (self, item->category) == NULL)
    {
      hearth_instrument_set_error (self, &local_error, item->line,
                                   "the item “%s” names the unknown category “%s”.",
                                   item->id, item->category);
      goto fail;
    }

  if (not_known_label != NULL && !item->allow_not_known)
    {
      hearth_instrument_set_error (self, &local_error, item->line,
                                   "the item “%s” has a not-known label but does not "
                                   "allow “not known”.", item->id);
      goto fail;
    }
  if (item->allow_not_known)
    item->not_known_label = (not_known_label != NULL && *not_known_label != '\0')
                            ? not_known_label : self->not_known_label;

  if (!parse_age_band (self, item, node, &local_error))
    goto fail;

  XML_FOREACH_ELEMENT (node, child)
    if (hearth_xml_is_element (child, "guidance"))
      item->guidance = dup_node_text (self, child);

  if (!parse_descriptors (self, item, node, &local_error))
    goto fail;

  return item;

fail:
  g_propagate_error (error, g_steal_pointer (&local_error));
  g_free ((gpointer) item->descriptors);
  g_free (item);
  return NULL;
}

static gboolean
parse_options (HearthInstrument       *self,
               HearthInstrumentField  *field,
               xmlNode                *node,
               GError                **error)
{
  g_autoptr(GArray) options = g_array_new (FALSE, TRUE, sizeof (HearthFieldOption));

  XML_FOREACH_ELEMENT (node, child)
    {
      HearthFieldOption option;

      if (!hearth_xml_is_element (child, "option"))
        continue;

      option.id = dup_attribute (self, child, "id", FALSE);
      option.label = dup_attribute (self, child, "label", TRUE);

      for (guint i = 0; i < options->len; i++)
        {
          if (g_str_equal (g_array_index (options, HearthFieldOption, i).id, option.id))
            {
              hearth_instrument_set_error (self, error, hearth_xml_get_line (child),
                                           "the field “%s” has the option “%s” twice.",
                                           field->id, option.id);
              return FALSE;
            }
        }
      if (!require_text (self, child, option.label, "the option’s label", error))
        return FALSE;

      g_array_append_val (options, option);
    }

  field->n_options = options->len;
  field->options = (const HearthFieldOption *) g_array_free (g_steal_pointer (&options),
                                                             FALSE);
  return TRUE;
}

static HearthFieldType
field_type_from_string (const char *type)
{
  static const struct { const char *name; HearthFieldType type; } types[] = {
    { "text",          HEARTH_FIELD_TEXT },
    { "boolean",       HEARTH_FIELD_BOOLEAN },
    { "choice",        HEARTH_FIELD_CHOICE },
    { "multi-choice",  HEARTH_FIELD_MULTI_CHOICE },
    { "child",         HEARTH_FIELD_CHILD },
    { "level-of-need", HEARTH_FIELD_LEVEL_OF_NEED },
  };

  for (guint i = 0; i < G_N_ELEMENTS (types); i++)
    if (g_strcmp0 (type, types[i].name) == 0)
      return types[i].type;

  /* The schema allows only the names above. */
  return HEARTH_FIELD_TEXT;
}

static HearthInstrumentField *
parse_field (HearthInstrument              *self,
             const HearthInstrumentSection *section,
             xmlNode                       *node,
             GError                       **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autofree char *type = hearth_xml_dup_prop (node, "type");
  HearthInstrumentField *field = g_new0 (HearthInstrumentField, 1);

  field->line = hearth_xml_get_line (node);
  field->id = dup_attribute (self, node, "id", FALSE);
  field->label = dup_attribute (self, node, "label", TRUE);
  field->section = section->id;
  field->type = field_type_from_string (type);
  field->required = read_boolean (node, "required", FALSE);
  field->multiline = read_boolean (node, "multiline", FALSE);
  field->computed = read_boolean (node, "computed", FALSE);
  field->compare_with = dup_attribute (self, node, "compare-with", FALSE);
  field->reason_field = dup_attribute (self, node, "reason-field", FALSE);

  if (!claim_id (self, field->id, field->line, &local_error)
      || !require_text (self, node, field->label, "the field’s label", &local_error))
    goto fail;

  XML_FOREACH_ELEMENT (node, child)
    if (hearth_xml_is_element (child, "guidance"))
      field->guidance = dup_node_text (self, child);

  if (!parse_options (self, field, node, &local_error))
    goto fail;

  return field;

fail:
  g_propagate_error (error, g_steal_pointer (&local_error));
  g_free ((gpointer) field->options);
  g_free (field);
  return NULL;
}

static gboolean
parse_section (HearthInstrument  *self,
               xmlNode           *node,
               GError           **error)
{
  g_autoptr(GArray) entries = g_array_new (FALSE, TRUE, sizeof (HearthInstrumentEntry));
  HearthInstrumentSection *section = g_new0 (HearthInstrumentSection, 1);

  section->line = hearth_xml_get_line (node);
  section->id = dup_attribute (self, node, "id", FALSE);
  section->label = dup_attribute (self, node, "label", TRUE);
  /* Owned by the instrument from here on, so an error frees it too. */
  g_ptr_array_add (self->sections, section);

  for (guint i = 0; i + 1 < self->sections->len; i++)
    {
      const HearthInstrumentSection *other = g_ptr_array_index (self->sections, i);

      if (g_str_equal (other->id, section->id))
        {
          hearth_instrument_set_error (self, error, section->line,
                                       "the section id “%s” is used twice.", section->id);
          return FALSE;
        }
    }
  if (!require_text (self, node, section->label, "the section’s label", error))
    return FALSE;

  XML_FOREACH_ELEMENT (node, child)
    {
      HearthInstrumentEntry entry = { 0 };

      if (hearth_xml_is_element (child, "guidance"))
        {
          section->guidance = dup_node_text (self, child);
          continue;
        }
      else if (hearth_xml_is_element (child, "item"))
        {
          HearthInstrumentItem *item = parse_item (self, section, child, error);

          if (item == NULL)
            return FALSE;
          g_ptr_array_add (self->items, item);
          g_hash_table_insert (self->items_by_id, (gpointer) item->id, item);
          entry.kind = HEARTH_ENTRY_ITEM;
          entry.item = item;
        }
      else if (hearth_xml_is_element (child, "field"))
        {
          HearthInstrumentField *field = parse_field (self, section, child, error);

          if (field == NULL)
            return FALSE;
          g_ptr_array_add (self->fields, field);
          g_hash_table_insert (self->fields_by_id, (gpointer) field->id, field);
          entry.kind = HEARTH_ENTRY_FIELD;
          entry.field = field;
        }
      else
        continue;

      g_array_append_val (entries, entry);
    }

  section->n_entries = entries->len;
  section->entries = (const HearthInstrumentEntry *) g_array_free (g_steal_pointer (&entries),
                                                                   FALSE);
  return TRUE;
}

static HearthScoringMethod
method_from_string (const char *method)
{
  if (g_strcmp0 (method, "median") == 0)
    return HEARTH_SCORING_MEDIAN;
  if (g_strcmp0 (method, "worst") == 0)
    return HEARTH_SCORING_WORST;
  return HEARTH_SCORING_MEAN;
}

static gboolean
parse_rule (HearthInstrument   *self,
            xmlNode            *node,
            HearthScoringRule  *rule,
            GError            **error)
{
  g_autofree char *method = hearth_xml_dup_prop (node, "method");
  int min_known;

  rule->line = hearth_xml_get_line (node);
  rule->category = dup_attribute (self, node, "category", FALSE);
  rule->method = method_from_string (method);

  /* Without a minimum, one known item is enough for a score. */
  if (!read_int (self, node, "min-known", 1, &min_known, error)
      || !read_double (self, node, "min-known-proportion", 0.0,
                       &rule->min_known_proportion, error))
    return FALSE;
  rule->min_known = (guint) MAX (min_known, 1);

  return TRUE;
}

static gboolean
parse_scoring (HearthInstrument  *self,
               xmlNode           *node,
               GError           **error)
{
  g_autoptr(GArray) rules = g_array_new (FALSE, TRUE, sizeof (HearthScoringRule));
  g_autoptr(GArray) bands = g_array_new (FALSE, TRUE, sizeof (HearthScoreBand));

  XML_FOREACH_ELEMENT (node, child)
    {
      if (hearth_xml_is_element (child, "category-score"))
        {
          HearthScoringRule rule = { 0 };

          if (!parse_rule (self, child, &rule, error))
            return FALSE;
          g_array_append_val (rules, rule);
        }
      else if (hearth_xml_is_element (child, "overall-score"))
        {
          g_autofree char *suggest = hearth_xml_dup_prop (child, "suggest");

          if (!parse_rule (self, child, &self->scoring.overall, error))
            return FALSE;
          self->scoring.suggest = g_strcmp0 (suggest, "highest") == 0
                                  ? HEARTH_SUGGEST_HIGHEST : HEARTH_SUGGEST_OVERALL;
        }
      else if (hearth_xml_is_element (child, "escalation"))
        {
          if (!read_int (self, child, "at-level", 0, &self->scoring.escalate_at, error)
              || !read_int (self, child, "minimum-level-of-need", 0,
                            &self->scoring.escalate_to, error))
            return FALSE;
          if (hearth_instrument_lookup_level (self, self->scoring.escalate_at) == NULL)
            {
              hearth_instrument_set_error (self, error, hearth_xml_get_line (child),
                                           "the escalation names level %d, which the "
                                           "scale does not have.", self->scoring.escalate_at);
              return FALSE;
            }
        }
      else if (hearth_xml_is_element (child, "bands"))
        {
          XML_FOREACH_ELEMENT (child, band_node)
            {
              HearthScoreBand band = { 0 };

              band.line = hearth_xml_get_line (band_node);
              if (!read_double (self, band_node, "from", 0.0, &band.from, error)
                  || !read_double (self, band_node, "to", 0.0, &band.to, error)
                  || !read_int (self, band_node, "level-of-need", 0, &band.level, error))
                return FALSE;
              g_array_append_val (bands, band);
            }
        }
    }

  self->scoring.n_rules = rules->len;
  self->scoring.rules = (const HearthScoringRule *) g_array_free (g_steal_pointer (&rules),
                                                                  FALSE);
  self->scoring.n_bands = bands->len;
  self->scoring.bands = (const HearthScoreBand *) g_array_free (g_steal_pointer (&bands),
                                                                FALSE);
  return TRUE;
}

static gboolean
parse_header (HearthInstrument  *self,
              xmlNode           *root,
              GError           **error)
{
  g_autofree char *scope = hearth_xml_dup_prop (root, "scope");

  self->id = dup_attribute (self, root, "id", FALSE);
  self->translation_domain = dup_attribute (self, root, "translation-domain", FALSE);
  self->scope = g_strcmp0 (scope, "child") == 0
                ? HEARTH_INSTRUMENT_SCOPE_CHILD : HEARTH_INSTRUMENT_SCOPE_HOUSEHOLD;

  return read_int (self, root, "version", 0, &self->version, error);
}

/**
 * hearth_instrument_parse:
 * @self: an empty instrument
 * @doc: a document that instrument.rng accepts
 * @error: return location for a #GError
 *
 * Fills @self from @doc, checking each element as it goes.
 *
 * Returns: %TRUE on success, or %FALSE with @error set to
 *   %HEARTH_INSTRUMENT_ERROR_INVALID
 */
gboolean
hearth_instrument_parse (HearthInstrument  *self,
                         xmlDoc            *doc,
                         GError           **error)
{
  xmlNode *root = xmlDocGetRootElement (doc);

  if (!parse_header (self, root, error))
    return FALSE;

  XML_FOREACH_ELEMENT (root, child)
    {
      gboolean ok = TRUE;

      if (hearth_xml_is_element (child, "title"))
        {
          self->title = dup_node_text (self, child);
          ok = require_text (self, child, self->title, "the title", error);
        }
      else if (hearth_xml_is_element (child, "description"))
        {
          self->description = dup_node_text (self, child);
          ok = require_text (self, child, self->description, "the description", error);
        }
      else if (hearth_xml_is_element (child, "guidance"))
        self->guidance = dup_node_text (self, child);
      else if (hearth_xml_is_element (child, "scale"))
        ok = parse_scale (self, child, error);
      else if (hearth_xml_is_element (child, "categories"))
        ok = parse_categories (self, child, error);
      else if (hearth_xml_is_element (child, "section"))
        ok = parse_section (self, child, error);
      else if (hearth_xml_is_element (child, "scoring"))
        ok = parse_scoring (self, child, error);

      if (!ok)
        return FALSE;
    }

  return TRUE;
}
