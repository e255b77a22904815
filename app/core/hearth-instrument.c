/* hearth-instrument.c
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

#include "hearth-instrument-private.h"
#include "hearth-xml.h"

G_DEFINE_FINAL_TYPE (HearthInstrument, hearth_instrument, G_TYPE_OBJECT)

static void
free_item (gpointer data)
{
  HearthInstrumentItem *item = data;

  g_free ((gpointer) item->descriptors);
  g_free (item);
}

static void
free_field (gpointer data)
{
  HearthInstrumentField *field = data;

  g_free ((gpointer) field->options);
  g_free (field);
}

static void
free_section (gpointer data)
{
  HearthInstrumentSection *section = data;

  g_free ((gpointer) section->entries);
  g_free (section);
}

static void
hearth_instrument_finalize (GObject *object)
{
  HearthInstrument *self = HEARTH_INSTRUMENT (object);

  g_clear_pointer (&self->items_by_id, g_hash_table_unref);
  g_clear_pointer (&self->fields_by_id, g_hash_table_unref);
  g_clear_pointer (&self->levels, g_ptr_array_unref);
  g_clear_pointer (&self->categories, g_ptr_array_unref);
  g_clear_pointer (&self->sections, g_ptr_array_unref);
  g_clear_pointer (&self->items, g_ptr_array_unref);
  g_clear_pointer (&self->fields, g_ptr_array_unref);
  g_clear_pointer ((gpointer *) &self->scoring.rules, g_free);
  g_clear_pointer ((gpointer *) &self->scoring.bands, g_free);
  g_clear_pointer (&self->strings, g_string_chunk_free);

  G_OBJECT_CLASS (hearth_instrument_parent_class)->finalize (object);
}

static void
hearth_instrument_class_init (HearthInstrumentClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = hearth_instrument_finalize;
}

static void
hearth_instrument_init (HearthInstrument *self)
{
  self->strings = g_string_chunk_new (4096);
  self->levels = g_ptr_array_new_with_free_func (g_free);
  self->categories = g_ptr_array_new_with_free_func (g_free);
  self->sections = g_ptr_array_new_with_free_func (free_section);
  self->items = g_ptr_array_new_with_free_func (free_item);
  self->fields = g_ptr_array_new_with_free_func (free_field);
  self->items_by_id = g_hash_table_new (g_str_hash, g_str_equal);
  self->fields_by_id = g_hash_table_new (g_str_hash, g_str_equal);
}

/* The attributes instrument.rng requires, checked before the schema: for
 * some missing attributes libxml2 2.9's RelaxNG gives no line at all.
 * Keep this table in step with the schema. */
static const struct
{
  const char *element;
  const char *attributes[5];
} required_attributes[] = {
  { "instrument",     { "format", "id", "version", "scope", NULL } },
  { "scale",          { "direction", NULL } },
  { "level",          { "value", "label", NULL } },
  { "category",       { "id", "label", NULL } },
  { "section",        { "id", "label", NULL } },
  { "item",           { "id", "label", "category", NULL } },
  { "descriptor",     { "level", NULL } },
  { "field",          { "id", "label", "type", NULL } },
  { "option",         { "id", "label", NULL } },
  { "category-score", { "category", "method", NULL } },
  { "overall-score",  { "method", NULL } },
  { "escalation",     { "at-level", "minimum-level-of-need", NULL } },
  { "band",           { "from", "to", "level-of-need", NULL } },
};

static gboolean
check_required_attributes (xmlNode     *node,
                           const char  *display_name,
                           GError     **error)
{
  for (xmlNode *child = node; child != NULL; child = child->next)
    {
      if (child->type != XML_ELEMENT_NODE)
        continue;

      for (guint i = 0; i < G_N_ELEMENTS (required_attributes); i++)
        {
          if (!hearth_xml_is_element (child, required_attributes[i].element))
            continue;

          for (guint a = 0; required_attributes[i].attributes[a] != NULL; a++)
            {
              const char *attribute = required_attributes[i].attributes[a];

              if (!xmlHasProp (child, (const xmlChar *) attribute))
                {
                  g_set_error (error, HEARTH_INSTRUMENT_ERROR, HEARTH_INSTRUMENT_ERROR_SCHEMA,
                               "%s line %d: the element “%s” has no “%s” attribute.",
                               display_name, hearth_xml_get_line (child),
                               required_attributes[i].element, attribute);
                  return FALSE;
                }
            }
        }

      /* Nesting is bounded by the parser, so recursion is too. */
      if (!check_required_attributes (child->children, display_name, error))
        return FALSE;
    }

  return TRUE;
}

/* Private API, see hearth-instrument-private.h. */

HearthInstrument *
hearth_instrument_new_empty (const char *source)
{
  HearthInstrument *self = g_object_new (HEARTH_TYPE_INSTRUMENT, NULL);

  self->source = hearth_instrument_intern (self, source);
  return self;
}

const char *
hearth_instrument_intern (HearthInstrument *self,
                          const char       *text)
{
  if (text == NULL)
    return NULL;

  return g_string_chunk_insert_const (self->strings, text);
}

void
hearth_instrument_set_error (HearthInstrument  *self,
                             GError           **error,
                             int                line,
                             const char        *format,
                             ...)
{
  g_autofree char *fault = NULL;
  va_list args;

  va_start (args, format);
  fault = g_strdup_vprintf (format, args);
  va_end (args);

  if (line > 0)
    g_set_error (error, HEARTH_INSTRUMENT_ERROR, HEARTH_INSTRUMENT_ERROR_INVALID,
                 "%s line %d: %s", self->source, line, fault);
  else
    g_set_error (error, HEARTH_INSTRUMENT_ERROR, HEARTH_INSTRUMENT_ERROR_INVALID,
                 "%s: %s", self->source, fault);
}

/* Public API. */

/**
 * hearth_instrument_new_from_bytes:
 * @bytes: an instrument definition in UTF-8
 * @display_name: the name to give in messages, such as the file's basename
 * @error: return location for a #GError
 *
 * Parses and checks an instrument definition, which may come from anyone:
 * the XML is read as untrusted (see hearth-xml.c), validated against
 * instrument.rng from the program's resources, then checked for sense
 * (unique ids, a descriptor for every level, bands without gaps…).
 *
 * Returns: (transfer full): the instrument, or %NULL with @error set in the
 *   %HEARTH_INSTRUMENT_ERROR domain to one sentence that starts with
 *   @display_name and, where it applies, the line
 */
HearthInstrument *
hearth_instrument_new_from_bytes (GBytes      *bytes,
                                  const char  *display_name,
                                  GError     **error)
{
  g_autoptr(HearthInstrument) self = NULL;
  g_autoptr(xmlDoc) doc = NULL;
  xmlNode *root;

  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (display_name != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  doc = hearth_xml_parse_untrusted (bytes, display_name, error);
  if (doc == NULL)
    return NULL;

  /* Said plainly here, because the schema's own message for a wrong root
   * ("Expecting element instrument") is easy to misread. */
  root = xmlDocGetRootElement (doc);
  if (root == NULL || !hearth_xml_is_element (root, "instrument"))
    {
      g_set_error (error, HEARTH_INSTRUMENT_ERROR, HEARTH_INSTRUMENT_ERROR_SCHEMA,
                   "%s line %d: the root element must be “instrument” without a namespace.",
                   display_name, root != NULL ? hearth_xml_get_line (root) : 1);
      return NULL;
    }

  if (!check_required_attributes (root, display_name, error)
      || !hearth_xml_validate (doc, HEARTH_INSTRUMENT_SCHEMA_RESOURCE, display_name, error))
    return NULL;

  self = hearth_instrument_new_empty (display_name);
  if (!hearth_instrument_parse (self, doc, error))
    return NULL;
  if (!hearth_instrument_check (self, error))
    return NULL;

  return g_steal_pointer (&self);
}

/**
 * hearth_instrument_new_from_file:
 * @file: a local file or a resource
 * @error: return location for a #GError
 *
 * Reads @file (never more than %HEARTH_XML_MAX_SIZE bytes) and parses it
 * with hearth_instrument_new_from_bytes(), naming it by its basename.
 *
 * Returns: (transfer full): the instrument, or %NULL with @error set in the
 *   %HEARTH_INSTRUMENT_ERROR domain
 */
HearthInstrument *
hearth_instrument_new_from_file (GFile   *file,
                                 GError **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *name = NULL;

  g_return_val_if_fail (G_IS_FILE (file), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  bytes = hearth_xml_load_file (file, HEARTH_XML_MAX_SIZE, error);
  if (bytes == NULL)
    return NULL;

  name = g_file_get_basename (file);
  return hearth_instrument_new_from_bytes (bytes, name, error);
}

/**
 * hearth_instrument_get_id:
 * @self: an instrument
 *
 * Returns: the instrument's id, such as "home-conditions"
 */
const char *
hearth_instrument_get_id (HearthInstrument *self)
{
  g_return_val_if_fail (HEARTH_IS_INSTRUMENT (self), NULL);
  return self->id;
}

/**
 * hearth_instrument_get_version:
 * @self: an instrument
 *
 * Returns: the version of the definition, from 1
 */
int
hearth_instrument_get_version (HearthInstrument *self)
{
  g_return_val_if_fail (HEARTH_IS_INSTRUMENT (self), 0);
  return self->version;
}

/**
 * hearth_instrument_get_title:
 * @self: an instrument
 *
 * Returns: the title, translated where the definition allows
 */
const char *
hearth_instrument_get_title (HearthInstrument *self)
{
  g_return_val_if_fail (HEARTH_IS_INSTRUMENT (self), NULL);
  return self->title;
}

/**
 * hearth_instrument_get_description:
 * @self: an instrument
 *
 * Returns: what the instrument is for, in a sentence or two
 */
const char *
hearth_instrument_get_description (HearthInstrument *self)
{
  g_return_val_if_fail (HEARTH_IS_INSTRUMENT (self), NULL);
  return self->description;
}

/**
 * hearth_instrument_get_guidance:
 * @self: an instrument
 *
 * Returns: (nullable): guidance on completing the whole instrument
 */
const char *
hearth_instrument_get_guidance (HearthInstrument *self)
{
  g_return_val_if_fail (HEARTH_IS_INSTRUMENT (self), NULL);
  return self->guidance;
}

/**
 * hearth_instrument_get_scope:
 * @self: an instrument
 *
 * Returns: whether the instrument is completed per household or per child
 */
HearthInstrumentScope
hearth_instrument_get_scope (HearthInstrument *self)
{
  g_return_val_if_fail (HEARTH_IS_INSTRUMENT (self), HEARTH_INSTRUMENT_SCOPE_HOUSEHOLD);
  return self->scope;
}

/**
 * hearth_instrument_get_source:
 * @self: an instrument
 *
 * Returns: the name of the file the instrument came from, for messages
 */
const char *
hearth_instrument_get_source (HearthInstrument *self)
{
  g_return_val_if_fail (HEARTH_IS_INSTRUMENT (self), NULL);
  return self->source;
}

/**
 * hearth_instrument_get_scale_direction:
 * @self: an instrument
 *
 * Returns: whether higher scale values mean graver concern or better care
 */
HearthScaleDirection
hearth_instrument_get_scale_direction (HearthInstrument *self)
{
  g_return_val_if_fail (HEARTH_IS_INSTRUMENT (self), HEARTH_SCALE_HIGHER_IS_WORSE);
  return self->direction;
}

/**
 * hearth_instrument_get_n_levels:
 * @self: an instrument
 *
 * Returns: the number of levels on the rating scale
 */
guint
hearth_instrument_get_n_levels (HearthInstrument *self)
{
  g_return_val_if_fail (HEARTH_IS_INSTRUMENT (self), 0);
  return self->levels->len;
}

/**
 * hearth_instrument_get_level:
 * @self: an instrument
 * @index: from 0 to hearth_instrument_get_n_levels() - 1
 *
 * Returns: (transfer none): the scale level at @index, lowest value first
 */
const HearthScaleLevel *
hearth_instrument_get_level (HearthInstrument *self,
                             guint             index)
{
  g_return_val_if_fail (HEARTH_IS_INSTRUMENT (self), NULL);
  g_return_val_if_fail (index < self->levels->len, NULL);
  return g_ptr_array_index (self->levels, index);
}

/**
 * hearth_instrument_lookup_level:
 * @self: an instrument
 * @value: a scale value
 *
 * Returns: (transfer none) (nullable): the level with @value, or %NULL
 *   if the scale has no such value
 */
const HearthScaleLevel *
hearth_instrument_lookup_level (HearthInstrument *self,
                                int               value)
{
  g_return_val_if_fail (HEARTH_IS_INSTRUMENT (self), NULL);

  for (guint i = 0; i < self->levels->len; i++)
    {
      const HearthScaleLevel *level = g_ptr_array_index (self->levels, i);

      if (level->value == value)
        return level;
    }

  return NULL;
}

/**
 * hearth_instrument_get_n_categories:
 * @self: an instrument
 *
 * Returns: the number of scoring categories
 */
guint
hearth_instrument_get_n_categories (HearthInstrument *self)
{
  g_return_val_if_fail (HEARTH_IS_INSTRUMENT (self), 0);
  return self->categories->len;
}

/**
 * hearth_instrument_get_category:
 * @self: an instrument
 * @index: from 0 to hearth_instrument_get_n_categories() - 1
 *
 * Returns: (transfer none): the category at @index, in definition order
 */
const HearthInstrumentCategory *
hearth_instrument_get_category (HearthInstrument *self,
                                guint             index)
{
  g_return_val_if_fail (HEARTH_IS_INSTRUMENT (self), NULL);
  g_return_val_if_fail (index < self->categories->len, NULL);
  return g_ptr_array_index (self->categories, index);
}

/**
 * hearth_instrument_lookup_category:
 * @self: an instrument
 * @id: a category id
 *
 * Returns: (transfer none) (nullable): the category called @id, or %NULL
 */
const HearthInstrumentCategory *
hearth_instrument_lookup_category (HearthInstrument *self,
                                   const char       *id)
{
  g_return_val_if_fail (HEARTH_IS_INSTRUMENT (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);

  for (guint i = 0; i < self->categories->len; i++)
    {
      const HearthInstrumentCategory *category = g_ptr_array_index (self->categories, i);

      if (g_str_equal (category->id, id))
        return category;
    }

  return NULL;
}

/**
 * hearth_instrument_get_n_sections:
 * @self: an instrument
 *
 * Returns: the number of sections
 */
guint
hearth_instrument_get_n_sections (HearthInstrument *self)
{
  g_return_val_if_fail (HEARTH_IS_INSTRUMENT (self), 0);
  return self->sections->len;
}

/**
 * hearth_instrument_get_section:
 * @self: an instrument
 * @index: from 0 to hearth_instrument_get_n_sections() - 1
 *
 * Returns: (transfer none): the section at @index, in form order; its
 *   entries list its items and fields in form order
 */
const HearthInstrumentSection *
hearth_instrument_get_section (HearthInstrument *self,
                               guint             index)
{
  g_return_val_if_fail (HEARTH_IS_INSTRUMENT (self), NULL);
  g_return_val_if_fail (index < self->sections->len, NULL);
  return g_ptr_array_index (self->sections, index);
}

/**
 * hearth_instrument_get_n_items:
 * @self: an instrument
 *
 * Returns: the number of rated items in all sections
 */
guint
hearth_instrument_get_n_items (HearthInstrument *self)
{
  g_return_val_if_fail (HEARTH_IS_INSTRUMENT (self), 0);
  return self->items->len;
}

/**
 * hearth_instrument_get_item:
 * @self: an instrument
 * @index: from 0 to hearth_instrument_get_n_items() - 1
 *
 * Returns: (transfer none): the item at @index, in form order
 */
const HearthInstrumentItem *
hearth_instrument_get_item (HearthInstrument *self,
                            guint             index)
{
  g_return_val_if_fail (HEARTH_IS_INSTRUMENT (self), NULL);
  g_return_val_if_fail (index < self->items->len, NULL);
  return g_ptr_array_index (self->items, index);
}

/**
 * hearth_instrument_lookup_item:
 * @self: an instrument
 * @id: an item id
 *
 * Returns: (transfer none) (nullable): the item called @id, or %NULL
 */
const HearthInstrumentItem *
hearth_instrument_lookup_item (HearthInstrument *self,
                               const char       *id)
{
  g_return_val_if_fail (HEARTH_IS_INSTRUMENT (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);
  return g_hash_table_lookup (self->items_by_id, id);
}

/**
 * hearth_instrument_get_n_fields:
 * @self: an instrument
 *
 * Returns: the number of fields in all sections
 */
guint
hearth_instrument_get_n_fields (HearthInstrument *self)
{
  g_return_val_if_fail (HEARTH_IS_INSTRUMENT (self), 0);
  return self->fields->len;
}

/**
 * hearth_instrument_get_field:
 * @self: an instrument
 * @index: from 0 to hearth_instrument_get_n_fields() - 1
 *
 * Returns: (transfer none): the field at @index, in form order
 */
const HearthInstrumentField *
hearth_instrument_get_field (HearthInstrument *self,
                             guint             index)
{
  g_return_val_if_fail (HEARTH_IS_INSTRUMENT (self), NULL);
  g_return_val_if_fail (index < self->fields->len, NULL);
  return g_ptr_array_index (self->fields, index);
}

/**
 * hearth_instrument_lookup_field:
 * @self: an instrument
 * @id: a field id
 *
 * Returns: (transfer none) (nullable): the field called @id, or %NULL
 */
const HearthInstrumentField *
hearth_instrument_lookup_field (HearthInstrument *self,
                                const char       *id)
{
  g_return_val_if_fail (HEARTH_IS_INSTRUMENT (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);
  return g_hash_table_lookup (self->fields_by_id, id);
}

/**
 * hearth_instrument_get_scoring:
 * @self: an instrument
 *
 * Returns: (transfer none): the scoring rules and bands
 */
const HearthScoring *
hearth_instrument_get_scoring (HearthInstrument *self)
{
  g_return_val_if_fail (HEARTH_IS_INSTRUMENT (self), NULL);
  return &self->scoring;
}

/**
 * hearth_instrument_item_get_descriptor:
 * @item: an item
 * @level: a scale value
 *
 * Returns: (nullable): what @level looks like for @item, or %NULL if the
 *   scale has no such value
 */
const char *
hearth_instrument_item_get_descriptor (const HearthInstrumentItem *item,
                                       int                         level)
{
  g_return_val_if_fail (item != NULL, NULL);

  for (guint i = 0; i < item->n_descriptors; i++)
    if (item->descriptors[i].level == level)
      return item->descriptors[i].text;

  return NULL;
}

/**
 * hearth_instrument_item_applies_at_age:
 * @item: an item
 * @age_years: the child's age in whole years at the visit, or -1 when the
 *   assessment is of a household
 *
 * Returns: %TRUE if @item is in the age band for @age_years; an item
 *   without an age band always is, and a household has no age
 */
gboolean
hearth_instrument_item_applies_at_age (const HearthInstrumentItem *item,
                                       int                         age_years)
{
  g_return_val_if_fail (item != NULL, FALSE);

  if (age_years < 0)
    return TRUE;
  if (item->min_age >= 0 && age_years < item->min_age)
    return FALSE;
  if (item->max_age >= 0 && age_years > item->max_age)
    return FALSE;

  return TRUE;
}

/**
 * hearth_instrument_field_has_option:
 * @field: a choice or multi-choice field
 * @option_id: an option id
 *
 * Returns: %TRUE if @field offers @option_id
 */
gboolean
hearth_instrument_field_has_option (const HearthInstrumentField *field,
                                    const char                  *option_id)
{
  g_return_val_if_fail (field != NULL, FALSE);
  g_return_val_if_fail (option_id != NULL, FALSE);

  for (guint i = 0; i < field->n_options; i++)
    if (g_str_equal (field->options[i].id, option_id))
      return TRUE;

  return FALSE;
}

/**
 * hearth_instrument_scope_to_string:
 * @scope: a scope
 *
 * Returns: "household" or "child", as written in definitions
 */
const char *
hearth_instrument_scope_to_string (HearthInstrumentScope scope)
{
  switch (scope)
    {
    case HEARTH_INSTRUMENT_SCOPE_HOUSEHOLD:
      return "household";
    case HEARTH_INSTRUMENT_SCOPE_CHILD:
      return "child";
    default:
      g_return_val_if_reached (NULL);
    }
}
