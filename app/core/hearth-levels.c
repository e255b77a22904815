/* hearth-levels.c
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

#include <gio/gio.h>
#include <glib/gi18n.h>
#include <string.h>

#include "hearth-levels.h"

/*
 * The names of the levels of need are data (DESIGN.md, "Thresholds / levels
 * of need"): partnerships name their thresholds differently, so the names
 * and their order come from resources/levels-of-need.ini, and a user file
 * may choose another shipped scheme or define its own. The file format:
 *
 *   [levels-of-need]
 *   scheme=ID                   the scheme in use
 *
 *   [scheme ID]                 ID: lower case letters, digits, hyphens
 *   name=…                      the scheme's name
 *   level-1=… … level-4=…       the names, least need first
 *   level-1-description=…       optional, for each level
 *
 * A scheme in the user's file replaces a shipped scheme with the same id.
 */

#define LEVELS_RESOURCE  RESOURCE_PREFIX "/levels-of-need.ini"
#define MAIN_GROUP       "levels-of-need"
#define SCHEME_PREFIX    "scheme "
#define MAX_USER_FILE    (64 * 1024)

typedef struct
{
  char *id;
  char *name;
  char *names[HEARTH_N_LEVELS_OF_NEED];
  char *descriptions[HEARTH_N_LEVELS_OF_NEED];  /* each nullable */
} Scheme;

struct _HearthLevelsOfNeed
{
  GObject    parent_instance;

  GPtrArray *schemes;  /* Scheme, owned, in file order */
  Scheme    *active;   /* borrowed from schemes */
};

G_DEFINE_FINAL_TYPE (HearthLevelsOfNeed, hearth_levels_of_need, G_TYPE_OBJECT)

static void
scheme_free (gpointer data)
{
  Scheme *scheme = data;

  g_free (scheme->id);
  g_free (scheme->name);
  for (guint i = 0; i < HEARTH_N_LEVELS_OF_NEED; i++)
    {
      g_free (scheme->names[i]);
      g_free (scheme->descriptions[i]);
    }
  g_free (scheme);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Scheme, scheme_free)

static Scheme *
find_scheme (HearthLevelsOfNeed *self,
             const char         *id)
{
  for (guint i = 0; i < self->schemes->len; i++)
    {
      Scheme *scheme = g_ptr_array_index (self->schemes, i);

      if (g_str_equal (scheme->id, id))
        return scheme;
    }

  return NULL;
}

static gboolean
is_identifier (const char *text)
{
  if (!g_ascii_islower (*text))
    return FALSE;

  for (const char *p = text; *p != '\0'; p++)
    if (!g_ascii_islower (*p) && !g_ascii_isdigit (*p) && *p != '-')
      return FALSE;

  return strlen (text) <= 64;
}

/* Keys may carry a locale, as in "level-1[cy]"; the base key is checked. */
static gboolean
is_known_scheme_key (const char *key)
{
  g_autofree char *base = g_strndup (key, strcspn (key, "["));

  if (g_str_equal (base, "name"))
    return TRUE;

  for (int i = 1; i <= HEARTH_N_LEVELS_OF_NEED; i++)
    {
      g_autofree char *level = g_strdup_printf ("level-%d", i);
      g_autofree char *description = g_strdup_printf ("level-%d-description", i);

      if (g_str_equal (base, level) || g_str_equal (base, description))
        return TRUE;
    }

  return FALSE;
}

/* Shipped names are translated through the catalogue; a user's file
 * speaks for itself, with its own locale keys if it wants them. */
static char *
read_text (GKeyFile   *keyfile,
           const char *group,
           const char *key,
           gboolean    shipped)
{
  g_autofree char *text = g_key_file_get_locale_string (keyfile, group, key, NULL, NULL);

  if (text == NULL)
    return NULL;

  g_strstrip (text);
  if (*text == '\0')
    return NULL;

  if (shipped)
    return g_strdup (g_dpgettext2 (GETTEXT_PACKAGE, "level of need", text));

  return g_steal_pointer (&text);
}

static Scheme *
read_scheme (GKeyFile    *keyfile,
             const char  *group,
             const char  *source,
             gboolean     shipped,
             GError     **error)
{
  g_autoptr(Scheme) scheme = g_new0 (Scheme, 1);
  g_auto(GStrv) keys = NULL;

  scheme->id = g_strdup (group + strlen (SCHEME_PREFIX));
  if (!is_identifier (scheme->id))
    {
      g_set_error (error, HEARTH_INSTRUMENT_ERROR, HEARTH_INSTRUMENT_ERROR_LEVELS,
                   "%s: the scheme id “%s” must be lower case letters, digits and hyphens.",
                   source, scheme->id);
      return NULL;
    }

  keys = g_key_file_get_keys (keyfile, group, NULL, NULL);
  for (guint i = 0; keys != NULL && keys[i] != NULL; i++)
    {
      if (!is_known_scheme_key (keys[i]))
        {
          g_set_error (error, HEARTH_INSTRUMENT_ERROR, HEARTH_INSTRUMENT_ERROR_LEVELS,
                       "%s: the scheme “%s” has the unknown key “%s”.",
                       source, scheme->id, keys[i]);
          return NULL;
        }
    }

  scheme->name = read_text (keyfile, group, "name", shipped);
  if (scheme->name == NULL)
    {
      g_set_error (error, HEARTH_INSTRUMENT_ERROR, HEARTH_INSTRUMENT_ERROR_LEVELS,
                   "%s: the scheme “%s” has no name.", source, scheme->id);
      return NULL;
    }

  for (int i = 0; i < HEARTH_N_LEVELS_OF_NEED; i++)
    {
      g_autofree char *key = g_strdup_printf ("level-%d", i + 1);
      g_autofree char *description_key = g_strdup_printf ("level-%d-description", i + 1);

      scheme->names[i] = read_text (keyfile, group, key, shipped);
      scheme->descriptions[i] = read_text (keyfile, group, description_key, shipped);

      if (scheme->names[i] == NULL)
        {
          g_set_error (error, HEARTH_INSTRUMENT_ERROR, HEARTH_INSTRUMENT_ERROR_LEVELS,
                       "%s: the scheme “%s” has no name for level %d.",
                       source, scheme->id, i + 1);
          return NULL;
        }

      for (int j = 0; j < i; j++)
        {
          if (g_utf8_collate (scheme->names[i], scheme->names[j]) == 0)
            {
              g_set_error (error, HEARTH_INSTRUMENT_ERROR, HEARTH_INSTRUMENT_ERROR_LEVELS,
                           "%s: the scheme “%s” gives levels %d and %d the same name.",
                           source, scheme->id, j + 1, i + 1);
              return NULL;
            }
        }
    }

  return g_steal_pointer (&scheme);
}

/* Reads one file into @self; returns the scheme it chooses, if any. */
static gboolean
merge_keyfile (HearthLevelsOfNeed  *self,
               GKeyFile            *keyfile,
               const char          *source,
               gboolean             shipped,
               char               **chosen,
               GError             **error)
{
  g_auto(GStrv) groups = g_key_file_get_groups (keyfile, NULL);

  for (guint i = 0; groups[i] != NULL; i++)
    {
      const char *group = groups[i];

      if (g_str_equal (group, MAIN_GROUP))
        {
          g_auto(GStrv) keys = g_key_file_get_keys (keyfile, group, NULL, NULL);

          for (guint k = 0; keys != NULL && keys[k] != NULL; k++)
            {
              if (!g_str_equal (keys[k], "scheme"))
                {
                  g_set_error (error, HEARTH_INSTRUMENT_ERROR, HEARTH_INSTRUMENT_ERROR_LEVELS,
                               "%s: the group [%s] has the unknown key “%s”.",
                               source, MAIN_GROUP, keys[k]);
                  return FALSE;
                }
            }

          g_free (*chosen);
          *chosen = g_key_file_get_string (keyfile, group, "scheme", NULL);
          if (*chosen != NULL)
            g_strstrip (*chosen);
        }
      else if (g_str_has_prefix (group, SCHEME_PREFIX))
        {
          Scheme *scheme = read_scheme (keyfile, group, source, shipped, error);
          Scheme *existing;

          if (scheme == NULL)
            return FALSE;

          existing = find_scheme (self, scheme->id);
          if (existing != NULL && shipped)
            {
              g_set_error (error, HEARTH_INSTRUMENT_ERROR, HEARTH_INSTRUMENT_ERROR_LEVELS,
                           "%s: the scheme “%s” is defined twice.", source, scheme->id);
              scheme_free (scheme);
              return FALSE;
            }
          if (existing != NULL)
            g_ptr_array_remove (self->schemes, existing);
          g_ptr_array_add (self->schemes, scheme);
        }
      else
        {
          g_set_error (error, HEARTH_INSTRUMENT_ERROR, HEARTH_INSTRUMENT_ERROR_LEVELS,
                       "%s: the group [%s] is not known; groups are [%s] and [scheme ID].",
                       source, group, MAIN_GROUP);
          return FALSE;
        }
    }

  return TRUE;
}

static GKeyFile *
load_user_file (const char  *path,
                const char  *source,
                GError     **error)
{
  g_autoptr(GKeyFile) keyfile = g_key_file_new ();
  g_autoptr(GError) local_error = NULL;
  g_autofree char *contents = NULL;
  gsize length = 0;

  if (!g_file_get_contents (path, &contents, &length, &local_error))
    {
      if (g_error_matches (local_error, G_FILE_ERROR, G_FILE_ERROR_NOENT))
        return NULL;

      g_set_error (error, HEARTH_INSTRUMENT_ERROR, HEARTH_INSTRUMENT_ERROR_LEVELS,
                   "%s could not be read.", source);
      return NULL;
    }

  if (length > MAX_USER_FILE)
    {
      g_set_error (error, HEARTH_INSTRUMENT_ERROR, HEARTH_INSTRUMENT_ERROR_LEVELS,
                   "%s is larger than the limit of 64 KiB.", source);
      return NULL;
    }

  if (!g_key_file_load_from_data (keyfile, contents, length, G_KEY_FILE_NONE, &local_error))
    {
      g_set_error (error, HEARTH_INSTRUMENT_ERROR, HEARTH_INSTRUMENT_ERROR_LEVELS,
                   "%s is not a valid key file (%s).", source, local_error->message);
      return NULL;
    }

  return g_steal_pointer (&keyfile);
}

static void
hearth_levels_of_need_finalize (GObject *object)
{
  HearthLevelsOfNeed *self = HEARTH_LEVELS_OF_NEED (object);

  g_clear_pointer (&self->schemes, g_ptr_array_unref);

  G_OBJECT_CLASS (hearth_levels_of_need_parent_class)->finalize (object);
}

static void
hearth_levels_of_need_class_init (HearthLevelsOfNeedClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = hearth_levels_of_need_finalize;
}

static void
hearth_levels_of_need_init (HearthLevelsOfNeed *self)
{
  self->schemes = g_ptr_array_new_with_free_func (scheme_free);
}

/**
 * hearth_levels_of_need_new:
 * @override_path: (nullable): the user's levels-of-need.ini, usually
 *   hearth_levels_of_need_dup_user_path(); a file that does not exist is
 *   the same as none
 * @error: return location for a #GError
 *
 * Reads the shipped schemes from the resources, then the user's file,
 * which may choose a scheme with `[levels-of-need] scheme=ID` and may
 * define schemes of its own (replacing a shipped one with the same id).
 *
 * Returns: (transfer full): the levels of need, or %NULL with @error set
 *   to %HEARTH_INSTRUMENT_ERROR_LEVELS, one sentence naming the file
 */
HearthLevelsOfNeed *
hearth_levels_of_need_new (const char  *override_path,
                           GError     **error)
{
  g_autoptr(HearthLevelsOfNeed) self = NULL;
  g_autoptr(GKeyFile) shipped = g_key_file_new ();
  g_autoptr(GKeyFile) user = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *chosen = NULL;
  g_autofree char *user_source = NULL;
  const char *data;
  gsize size;

  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  self = g_object_new (HEARTH_TYPE_LEVELS_OF_NEED, NULL);

  bytes = g_resources_lookup_data (LEVELS_RESOURCE, G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
  data = bytes != NULL ? g_bytes_get_data (bytes, &size) : NULL;
  if (data == NULL
      || !g_key_file_load_from_data (shipped, data, size, G_KEY_FILE_NONE, &local_error))
    {
      g_set_error (error, HEARTH_INSTRUMENT_ERROR, HEARTH_INSTRUMENT_ERROR_LEVELS,
                   "The levels of need bundled with Hearth could not be read.");
      return NULL;
    }
  if (!merge_keyfile (self, shipped, "levels-of-need.ini", TRUE, &chosen, error))
    return NULL;

  if (override_path != NULL && *override_path != '\0')
    {
      g_clear_error (&local_error);
      user_source = g_path_get_basename (override_path);
      user = load_user_file (override_path, user_source, &local_error);
      if (local_error != NULL)
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          return NULL;
        }
      if (user != NULL && !merge_keyfile (self, user, user_source, FALSE, &chosen, error))
        return NULL;
    }

  if (chosen == NULL || *chosen == '\0')
    {
      g_set_error (error, HEARTH_INSTRUMENT_ERROR, HEARTH_INSTRUMENT_ERROR_LEVELS,
                   "%s: no scheme is chosen.",
                   user_source != NULL ? user_source : "levels-of-need.ini");
      return NULL;
    }

  self->active = find_scheme (self, chosen);
  if (self->active == NULL)
    {
      g_set_error (error, HEARTH_INSTRUMENT_ERROR, HEARTH_INSTRUMENT_ERROR_LEVELS,
                   "%s: the chosen scheme “%s” does not exist.",
                   user_source != NULL ? user_source : "levels-of-need.ini", chosen);
      return NULL;
    }

  return g_steal_pointer (&self);
}

/**
 * hearth_levels_of_need_dup_user_path:
 *
 * Returns: (transfer full): where the user's levels-of-need.ini lives:
 *   `$XDG_CONFIG_HOME/hearth/levels-of-need.ini`
 */
char *
hearth_levels_of_need_dup_user_path (void)
{
  return g_build_filename (g_get_user_config_dir (), "hearth", "levels-of-need.ini", NULL);
}

/**
 * hearth_levels_of_need_get_scheme:
 * @self: the levels of need
 *
 * Returns: the id of the scheme in use
 */
const char *
hearth_levels_of_need_get_scheme (HearthLevelsOfNeed *self)
{
  g_return_val_if_fail (HEARTH_IS_LEVELS_OF_NEED (self), NULL);
  return self->active->id;
}

/**
 * hearth_levels_of_need_dup_schemes:
 * @self: the levels of need
 *
 * Returns: (transfer full): the ids of every scheme, shipped ones first
 */
char **
hearth_levels_of_need_dup_schemes (HearthLevelsOfNeed *self)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  g_return_val_if_fail (HEARTH_IS_LEVELS_OF_NEED (self), NULL);

  for (guint i = 0; i < self->schemes->len; i++)
    g_strv_builder_add (builder, ((Scheme *) g_ptr_array_index (self->schemes, i))->id);

  return g_strv_builder_end (builder);
}

/**
 * hearth_levels_of_need_get_scheme_name:
 * @self: the levels of need
 * @scheme: (nullable): a scheme id, or %NULL for the scheme in use
 *
 * Returns: (nullable): the scheme's name, or %NULL if there is no such scheme
 */
const char *
hearth_levels_of_need_get_scheme_name (HearthLevelsOfNeed *self,
                                       const char         *scheme)
{
  Scheme *found;

  g_return_val_if_fail (HEARTH_IS_LEVELS_OF_NEED (self), NULL);

  found = scheme != NULL ? find_scheme (self, scheme) : self->active;
  return found != NULL ? found->name : NULL;
}

/**
 * hearth_levels_of_need_get_name_in_scheme:
 * @self: the levels of need
 * @scheme: (nullable): a scheme id, or %NULL for the scheme in use
 * @ordinal: a level of need from 1 to %HEARTH_N_LEVELS_OF_NEED
 *
 * Returns: (nullable): the level's name, or %NULL if there is no such scheme
 */
const char *
hearth_levels_of_need_get_name_in_scheme (HearthLevelsOfNeed *self,
                                          const char         *scheme,
                                          int                 ordinal)
{
  Scheme *found;

  g_return_val_if_fail (HEARTH_IS_LEVELS_OF_NEED (self), NULL);
  g_return_val_if_fail (ordinal >= 1 && ordinal <= HEARTH_N_LEVELS_OF_NEED, NULL);

  found = scheme != NULL ? find_scheme (self, scheme) : self->active;
  return found != NULL ? found->names[ordinal - 1] : NULL;
}

/**
 * hearth_levels_of_need_get_name:
 * @self: the levels of need
 * @ordinal: a level of need from 1 to %HEARTH_N_LEVELS_OF_NEED
 *
 * Returns: the level's name in the scheme in use
 */
const char *
hearth_levels_of_need_get_name (HearthLevelsOfNeed *self,
                                int                 ordinal)
{
  return hearth_levels_of_need_get_name_in_scheme (self, NULL, ordinal);
}

/**
 * hearth_levels_of_need_get_description:
 * @self: the levels of need
 * @ordinal: a level of need from 1 to %HEARTH_N_LEVELS_OF_NEED
 *
 * Returns: (nullable): what the level means in the scheme in use, if the
 *   scheme says
 */
const char *
hearth_levels_of_need_get_description (HearthLevelsOfNeed *self,
                                       int                 ordinal)
{
  g_return_val_if_fail (HEARTH_IS_LEVELS_OF_NEED (self), NULL);
  g_return_val_if_fail (ordinal >= 1 && ordinal <= HEARTH_N_LEVELS_OF_NEED, NULL);

  return self->active->descriptions[ordinal - 1];
}
