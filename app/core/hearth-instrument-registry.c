/* hearth-instrument-registry.c
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

#include "hearth-instrument-registry.h"

/*
 * Every instrument Hearth can use: those shipped in the resources and any
 * a partnership has put in an extra folder (DESIGN.md, "can load another
 * partnership's definition that follows the schema"). The registry is a
 * GListModel of HearthInstrument, sorted by id and then version.
 *
 * A broken file in the extra folder does not stop the others: it is kept
 * as a problem for the application to show. A broken shipped instrument
 * is an error, because the program itself is then broken.
 */

#define SHIPPED_PATH RESOURCE_PREFIX "/instruments/"

struct _HearthInstrumentRegistry
{
  GObject    parent_instance;

  GPtrArray *instruments;  /* HearthInstrument, owned, sorted */
  GPtrArray *problems;     /* GError, owned */
};

static void list_model_iface_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (HearthInstrumentRegistry, hearth_instrument_registry,
                               G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, list_model_iface_init))

static GType
get_item_type (GListModel *model)
{
  return HEARTH_TYPE_INSTRUMENT;
}

static guint
get_n_items (GListModel *model)
{
  return HEARTH_INSTRUMENT_REGISTRY (model)->instruments->len;
}

static gpointer
get_item (GListModel *model,
          guint       position)
{
  HearthInstrumentRegistry *self = HEARTH_INSTRUMENT_REGISTRY (model);

  if (position >= self->instruments->len)
    return NULL;

  return g_object_ref (g_ptr_array_index (self->instruments, position));
}

static void
list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = get_item_type;
  iface->get_n_items = get_n_items;
  iface->get_item = get_item;
}

static int
compare_instruments (gconstpointer a,
                     gconstpointer b)
{
  HearthInstrument *first = *(HearthInstrument **) a;
  HearthInstrument *second = *(HearthInstrument **) b;
  int by_id = g_strcmp0 (hearth_instrument_get_id (first), hearth_instrument_get_id (second));

  if (by_id != 0)
    return by_id;

  return hearth_instrument_get_version (first) - hearth_instrument_get_version (second);
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return g_strcmp0 (*(const char **) a, *(const char **) b);
}

static HearthInstrument *
find (HearthInstrumentRegistry *self,
      const char               *id,
      int                       version)
{
  HearthInstrument *latest = NULL;

  for (guint i = 0; i < self->instruments->len; i++)
    {
      HearthInstrument *instrument = g_ptr_array_index (self->instruments, i);

      if (!g_str_equal (hearth_instrument_get_id (instrument), id))
        continue;
      if (version > 0 && hearth_instrument_get_version (instrument) == version)
        return instrument;
      if (version <= 0
          && (latest == NULL
              || hearth_instrument_get_version (instrument)
                 > hearth_instrument_get_version (latest)))
        latest = instrument;
    }

  return latest;
}

/* Takes @instrument; refuses a second definition of the same version. */
static gboolean
add_instrument (HearthInstrumentRegistry  *self,
                HearthInstrument          *instrument,
                GError                   **error)
{
  g_autoptr(HearthInstrument) owned = instrument;
  HearthInstrument *existing;

  existing = find (self, hearth_instrument_get_id (instrument),
                   hearth_instrument_get_version (instrument));
  if (existing != NULL)
    {
      g_set_error (error, HEARTH_INSTRUMENT_ERROR, HEARTH_INSTRUMENT_ERROR_DUPLICATE,
                   "%s: the instrument “%s” version %d is already defined by %s.",
                   hearth_instrument_get_source (instrument),
                   hearth_instrument_get_id (instrument),
                   hearth_instrument_get_version (instrument),
                   hearth_instrument_get_source (existing));
      return FALSE;
    }

  g_ptr_array_add (self->instruments, g_steal_pointer (&owned));
  return TRUE;
}

static gboolean
load_shipped (HearthInstrumentRegistry  *self,
              GError                   **error)
{
  g_auto(GStrv) names = NULL;

  names = g_resources_enumerate_children (SHIPPED_PATH, G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
  if (names == NULL)
    {
      g_set_error (error, HEARTH_INSTRUMENT_ERROR, HEARTH_INSTRUMENT_ERROR_NOT_FOUND,
                   "The instruments bundled with Hearth are missing.");
      return FALSE;
    }

  for (guint i = 0; names[i] != NULL; i++)
    {
      g_autofree char *path = NULL;
      g_autoptr(GBytes) bytes = NULL;
      HearthInstrument *instrument;

      if (!g_str_has_suffix (names[i], ".xml"))
        continue;

      path = g_strconcat (SHIPPED_PATH, names[i], NULL);
      bytes = g_resources_lookup_data (path, G_RESOURCE_LOOKUP_FLAGS_NONE, error);
      if (bytes == NULL)
        return FALSE;

      instrument = hearth_instrument_new_from_bytes (bytes, names[i], error);
      if (instrument == NULL || !add_instrument (self, instrument, error))
        return FALSE;
    }

  return TRUE;
}

static void
load_extra (HearthInstrumentRegistry *self,
            const char               *extra_dir)
{
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GDir) dir = NULL;
  const char *name;

  if (!g_file_test (extra_dir, G_FILE_TEST_EXISTS))
    return;

  dir = g_dir_open (extra_dir, 0, &local_error);
  if (dir == NULL)
    {
      g_autofree char *basename = g_path_get_basename (extra_dir);

      g_ptr_array_add (self->problems,
                       g_error_new (HEARTH_INSTRUMENT_ERROR, HEARTH_INSTRUMENT_ERROR_READ,
                                    "The instruments folder %s could not be read.", basename));
      return;
    }

  while ((name = g_dir_read_name (dir)) != NULL)
    if (name[0] != '.' && g_str_has_suffix (name, ".xml"))
      g_ptr_array_add (names, g_strdup (name));

  /* A stable order makes "already defined by" name the same file each time. */
  g_ptr_array_sort (names, compare_names);

  for (guint i = 0; i < names->len; i++)
    {
      g_autofree char *path = g_build_filename (extra_dir, g_ptr_array_index (names, i), NULL);
      g_autoptr(GFile) file = g_file_new_for_path (path);
      GError *problem = NULL;
      HearthInstrument *instrument;

      instrument = hearth_instrument_new_from_file (file, &problem);
      if (instrument == NULL || !add_instrument (self, instrument, &problem))
        g_ptr_array_add (self->problems, problem);
    }
}

static void
hearth_instrument_registry_finalize (GObject *object)
{
  HearthInstrumentRegistry *self = HEARTH_INSTRUMENT_REGISTRY (object);

  g_clear_pointer (&self->instruments, g_ptr_array_unref);
  g_clear_pointer (&self->problems, g_ptr_array_unref);

  G_OBJECT_CLASS (hearth_instrument_registry_parent_class)->finalize (object);
}

static void
hearth_instrument_registry_class_init (HearthInstrumentRegistryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = hearth_instrument_registry_finalize;
}

static void
hearth_instrument_registry_init (HearthInstrumentRegistry *self)
{
  self->instruments = g_ptr_array_new_with_free_func (g_object_unref);
  self->problems = g_ptr_array_new_with_free_func ((GDestroyNotify) g_error_free);
}

/**
 * hearth_instrument_registry_new:
 * @extra_dir: (nullable): a folder of further definitions (`*.xml`),
 *   usually hearth_instrument_registry_dup_user_dir(); it need not exist
 * @error: return location for a #GError
 *
 * Loads the shipped instruments and those in @extra_dir. A file in
 * @extra_dir that is broken, or that repeats an id and version already
 * loaded, is left out and kept as a problem (see
 * hearth_instrument_registry_get_problem()).
 *
 * Returns: (transfer full): the registry, or %NULL with @error set if a
 *   shipped instrument could not be loaded
 */
HearthInstrumentRegistry *
hearth_instrument_registry_new (const char  *extra_dir,
                                GError     **error)
{
  g_autoptr(HearthInstrumentRegistry) self = NULL;

  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  self = g_object_new (HEARTH_TYPE_INSTRUMENT_REGISTRY, NULL);
  if (!load_shipped (self, error))
    return NULL;
  if (extra_dir != NULL)
    load_extra (self, extra_dir);

  g_ptr_array_sort (self->instruments, compare_instruments);
  return g_steal_pointer (&self);
}

/**
 * hearth_instrument_registry_dup_user_dir:
 *
 * Returns: (transfer full): the folder for a partnership's own instrument
 *   definitions: `$XDG_DATA_HOME/hearth/instruments`
 */
char *
hearth_instrument_registry_dup_user_dir (void)
{
  return g_build_filename (g_get_user_data_dir (), "hearth", "instruments", NULL);
}

/**
 * hearth_instrument_registry_lookup:
 * @self: a registry
 * @id: an instrument id
 * @version: a version, or 0 for the latest
 * @error: return location for a #GError
 *
 * Returns: (transfer full): the instrument, or %NULL with @error set to
 *   %HEARTH_INSTRUMENT_ERROR_NOT_FOUND
 */
HearthInstrument *
hearth_instrument_registry_lookup (HearthInstrumentRegistry  *self,
                                   const char                *id,
                                   int                        version,
                                   GError                   **error)
{
  HearthInstrument *instrument;

  g_return_val_if_fail (HEARTH_IS_INSTRUMENT_REGISTRY (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  instrument = find (self, id, version);
  if (instrument == NULL)
    {
      if (version > 0)
        g_set_error (error, HEARTH_INSTRUMENT_ERROR, HEARTH_INSTRUMENT_ERROR_NOT_FOUND,
                     "The instrument “%s” version %d is not installed.", id, version);
      else
        g_set_error (error, HEARTH_INSTRUMENT_ERROR, HEARTH_INSTRUMENT_ERROR_NOT_FOUND,
                     "The instrument “%s” is not installed.", id);
      return NULL;
    }

  return g_object_ref (instrument);
}

/**
 * hearth_instrument_registry_get_n_problems:
 * @self: a registry
 *
 * Returns: how many files in the extra folder were left out
 */
guint
hearth_instrument_registry_get_n_problems (HearthInstrumentRegistry *self)
{
  g_return_val_if_fail (HEARTH_IS_INSTRUMENT_REGISTRY (self), 0);
  return self->problems->len;
}

/**
 * hearth_instrument_registry_get_problem:
 * @self: a registry
 * @index: from 0 to hearth_instrument_registry_get_n_problems() - 1
 *
 * Returns: (transfer none): why a file was left out, as one sentence that
 *   names the file
 */
const GError *
hearth_instrument_registry_get_problem (HearthInstrumentRegistry *self,
                                        guint                     index)
{
  g_return_val_if_fail (HEARTH_IS_INSTRUMENT_REGISTRY (self), NULL);
  g_return_val_if_fail (index < self->problems->len, NULL);
  return g_ptr_array_index (self->problems, index);
}
