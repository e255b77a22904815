/* hearth-family-entry.c
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

#define G_LOG_DOMAIN "hearth-family-entry"

#include "config.h"

#include <string.h>

#include "hearth-family-entry.h"

/* An item of the families list model: the family, and the text it is found
 * by — its name, its case reference and its children's names, since
 * practitioners often remember the child first. */
struct _HearthFamilyEntry
{
  GObject       parent_instance;

  HearthFamily *family;      /* owned */
  char         *search_text; /* owned: as read; folded on the first search */
  char         *search_key;  /* owned, nullable: normalised, casefolded */
};

G_DEFINE_FINAL_TYPE (HearthFamilyEntry, hearth_family_entry, G_TYPE_OBJECT)

static char *
fold (const char *text)
{
  g_autofree char *normalized = g_utf8_normalize (text != NULL ? text : "", -1, G_NORMALIZE_ALL);

  return g_utf8_casefold (normalized != NULL ? normalized : "", -1);
}

static void
hearth_family_entry_finalize (GObject *object)
{
  HearthFamilyEntry *self = HEARTH_FAMILY_ENTRY (object);

  g_clear_pointer (&self->family, hearth_family_unref);
  g_clear_pointer (&self->search_text, g_free);
  g_clear_pointer (&self->search_key, g_free);

  G_OBJECT_CLASS (hearth_family_entry_parent_class)->finalize (object);
}

static void
hearth_family_entry_class_init (HearthFamilyEntryClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = hearth_family_entry_finalize;
}

static void
hearth_family_entry_init (HearthFamilyEntry *self)
{
}

/**
 * hearth_family_entry_new:
 * @family: a family
 * @children_names: (nullable): its children's names, separated by newlines
 *
 * Returns: (transfer full): a list item for @family
 */
HearthFamilyEntry *
hearth_family_entry_new (HearthFamily *family,
                         const char   *children_names)
{
  HearthFamilyEntry *self;
  g_return_val_if_fail (family != NULL, NULL);

  self = g_object_new (HEARTH_TYPE_FAMILY_ENTRY, NULL);
  self->family = hearth_family_ref (family);
  /* Folding thousands of keys would delay the first frame; most are only
   * needed once someone searches. */
  self->search_text = g_strjoin ("\n", family->display_name, family->case_reference,
                                 children_names != NULL ? children_names : "", NULL);

  return self;
}

/**
 * hearth_family_entry_get_family:
 * @self: an entry
 *
 * Returns: (transfer none): the family
 */
HearthFamily *
hearth_family_entry_get_family (HearthFamilyEntry *self)
{
  g_return_val_if_fail (HEARTH_IS_FAMILY_ENTRY (self), NULL);

  return self->family;
}

/**
 * hearth_family_entry_fold_query:
 * @query: what the user typed
 *
 * Returns: (transfer full): the words of @query, normalised and casefolded
 *   as the entries' search text is
 */
char **
hearth_family_entry_fold_query (const char *query)
{
  g_autofree char *folded = fold (query);
  g_auto(GStrv) words = g_strsplit_set (folded, " \t\n", -1);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  for (guint i = 0; words[i] != NULL; i++)
    if (*words[i] != '\0')
      g_strv_builder_add (builder, words[i]);
  return g_strv_builder_end (builder);
}

/**
 * hearth_family_entry_matches:
 * @self: an entry
 * @folded_words: words from hearth_family_entry_fold_query()
 *
 * Every word must appear somewhere: "rose 2024" finds the Rose family whose
 * reference holds 2024.
 *
 * Returns: whether the family matches
 */
gboolean
hearth_family_entry_matches (HearthFamilyEntry *self,
                             char * const      *folded_words)
{
  g_return_val_if_fail (HEARTH_IS_FAMILY_ENTRY (self), FALSE);

  if (folded_words == NULL || folded_words[0] == NULL)
    return TRUE;

  if (self->search_key == NULL)
    {
      self->search_key = fold (self->search_text);
      g_clear_pointer (&self->search_text, g_free);
    }

  for (guint i = 0; folded_words != NULL && folded_words[i] != NULL; i++)
    if (strstr (self->search_key, folded_words[i]) == NULL)
      return FALSE;
  return TRUE;
}
