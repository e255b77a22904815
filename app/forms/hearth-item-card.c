/* hearth-item-card.c
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

#define G_LOG_DOMAIN "hearth-forms"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "hearth-item-card-private.h"

/* One rated item, keyboard first: the card itself takes focus, keys 1 to 9
 * choose a level of the scale, 0 marks the item not known and Delete clears
 * it, so a practitioner can rate a whole section without the pointer. Every
 * level is a row showing the item's descriptor for that level in full, so
 * the guidance for each rating is on the screen, not behind a tooltip. The
 * level rows do not take focus themselves: Tab moves from card to note to
 * the next card rather than through every level.
 *
 * The widgets are built in hearth-item-card-build.c. */

G_DEFINE_FINAL_TYPE (HearthItemCard, hearth_item_card, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_INSTRUMENT,
  PROP_ITEM,
  PROP_EDITABLE,
  N_PROPS
};

enum {
  CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static const char *
level_label (HearthItemCard *self,
             int             level)
{
  const HearthScaleLevel *scale_level = hearth_instrument_lookup_level (self->instrument, level);

  return scale_level != NULL ? scale_level->label : "";
}

static char *
describe_state (HearthItemCard *self)
{
  if (self->response->not_known)
    return g_strdup (self->item->not_known_label);
  if (self->response->level != HEARTH_LEVEL_NONE)
    /* Translators: the rating an item has, e.g. "Rated 3, Some concern". */
    return g_strdup_printf (_("Rated %d, %s"), self->response->level,
                            level_label (self, self->response->level));
  return g_strdup (_("Not rated yet"));
}

static void
update_accessible_state (HearthItemCard *self)
{
  g_autofree char *state = describe_state (self);
  g_autofree char *description = NULL;

  if (self->item->allow_not_known)
    /* Translators: read out when an item takes focus, after its rating. */
    description = g_strdup_printf (_("%s. Keys 1 to %u choose a level, 0 marks it “%s”."),
                                   state, self->buttons->len, self->item->not_known_label);
  else
    description = g_strdup_printf (_("%s. Keys 1 to %u choose a level."),
                                   state, self->buttons->len);

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description,
                                  -1);
}

static void
sync_buttons (HearthItemCard *self)
{
  gboolean not_known = self->response->not_known;
  int level = self->response->level;

  self->updating = TRUE;

  for (guint i = 0; i < self->buttons->len; i++)
    {
      gboolean chosen = !not_known && level == (int) i + 1;

      gtk_check_button_set_active (g_ptr_array_index (self->buttons, i), chosen);
      if (chosen)
        gtk_widget_add_css_class (g_ptr_array_index (self->rows, i), "chosen");
      else
        gtk_widget_remove_css_class (g_ptr_array_index (self->rows, i), "chosen");
    }

  if (self->not_known_button != NULL)
    {
      gtk_check_button_set_active (self->not_known_button, not_known);
      if (not_known)
        gtk_widget_add_css_class (self->not_known_row, "chosen");
      else
        gtk_widget_remove_css_class (self->not_known_row, "chosen");
    }

  self->updating = FALSE;

  update_accessible_state (self);
}

/* Applies a choice made by the user, and says so once when it changed
 * anything. */
void
hearth_item_card_choose (HearthItemCard *self,
                         int             level,
                         gboolean        not_known)
{
  g_assert (self->item != NULL);

  if (!self->editable)
    {
      sync_buttons (self);
      return;
    }

  if (self->response->level == level && self->response->not_known == not_known)
    {
      sync_buttons (self);
      return;
    }

  self->response->level = level;
  self->response->not_known = not_known;
  sync_buttons (self);

  g_signal_emit (self, signals[CHANGED], 0);
}

/* Moves the focus to the next (or previous) entry of the form: the card's
 * siblings are the other items and fields of its section. */
static gboolean
move_focus (HearthItemCard *self,
            gboolean        forward)
{
  GtkWidget *sibling = GTK_WIDGET (self);

  for (;;)
    {
      sibling = forward ? gtk_widget_get_next_sibling (sibling)
                        : gtk_widget_get_prev_sibling (sibling);
      if (sibling == NULL)
        return FALSE;

      if (gtk_widget_get_visible (sibling)
          && gtk_widget_child_focus (sibling, GTK_DIR_TAB_FORWARD))
        return TRUE;
    }
}

static gboolean
key_pressed_cb (GtkEventControllerKey *controller,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                HearthItemCard        *self)
{
  guint digit;

  if (self->item == NULL || (state & (GDK_CONTROL_MASK | GDK_ALT_MASK)) != 0)
    return GDK_EVENT_PROPAGATE;

  switch (keyval)
    {
    case GDK_KEY_Up:
    case GDK_KEY_KP_Up:
    case GDK_KEY_Down:
    case GDK_KEY_KP_Down:
      if (!gtk_widget_is_focus (GTK_WIDGET (self)))
        return GDK_EVENT_PROPAGATE;
      return move_focus (self, keyval == GDK_KEY_Down || keyval == GDK_KEY_KP_Down);

    case GDK_KEY_Delete:
    case GDK_KEY_KP_Delete:
    case GDK_KEY_BackSpace:
      if (!gtk_widget_is_focus (GTK_WIDGET (self)) || !self->editable)
        return GDK_EVENT_PROPAGATE;
      hearth_item_card_choose (self, HEARTH_LEVEL_NONE, FALSE);
      return GDK_EVENT_STOP;

    default:
      break;
    }

  if (keyval >= GDK_KEY_0 && keyval <= GDK_KEY_9)
    digit = keyval - GDK_KEY_0;
  else if (keyval >= GDK_KEY_KP_0 && keyval <= GDK_KEY_KP_9)
    digit = keyval - GDK_KEY_KP_0;
  else
    return GDK_EVENT_PROPAGATE;

  if (!self->editable)
    return GDK_EVENT_PROPAGATE;

  if (digit == 0 && self->item->allow_not_known)
    hearth_item_card_choose (self, HEARTH_LEVEL_NONE, TRUE);
  else if (digit >= 1 && digit <= self->buttons->len)
    hearth_item_card_choose (self, (int) digit, FALSE);
  else
    return GDK_EVENT_PROPAGATE;

  return GDK_EVENT_STOP;
}

static void
row_activated_cb (GtkListBox     *list,
                  GtkListBoxRow  *row,
                  HearthItemCard *self)
{
  guint index;

  if (!self->editable)
    return;

  if (GTK_WIDGET (row) == self->not_known_row)
    hearth_item_card_choose (self, HEARTH_LEVEL_NONE, TRUE);
  else if (g_ptr_array_find (self->rows, row, &index))
    hearth_item_card_choose (self, (int) index + 1, FALSE);

  gtk_widget_grab_focus (GTK_WIDGET (self));
}

static void
note_changed_cb (GtkEditable    *editable,
                 HearthItemCard *self)
{
  const char *text = gtk_editable_get_text (editable);

  if (self->updating || self->item == NULL)
    return;

  if (g_strcmp0 (self->response->note != NULL ? self->response->note : "", text) == 0)
    return;

  g_free (self->response->note);
  self->response->note = *text != '\0' ? g_strdup (text) : NULL;

  g_signal_emit (self, signals[CHANGED], 0);
}

static void
apply_editable (HearthItemCard *self)
{
  gboolean editable = self->editable;

  for (guint i = 0; i < self->buttons->len; i++)
    {
      gtk_widget_set_sensitive (g_ptr_array_index (self->buttons, i), editable);
      gtk_list_box_row_set_activatable (g_ptr_array_index (self->rows, i), editable);
    }
  if (self->not_known_button != NULL)
    {
      gtk_widget_set_sensitive (GTK_WIDGET (self->not_known_button), editable);
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (self->not_known_row), editable);
    }

  gtk_editable_set_editable (GTK_EDITABLE (self->note_row), editable);

  /* Read-only, every word stays selectable for copying into a report, but
   * the labels do not become stops for Tab. */
  for (guint i = 0; i < self->texts->len; i++)
    {
      GtkLabel *label = g_ptr_array_index (self->texts, i);

      gtk_label_set_selectable (label, !editable);
      gtk_widget_set_focusable (GTK_WIDGET (label), FALSE);
    }

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_READ_ONLY, !editable,
                                  -1);
}

static void
hearth_item_card_constructed (GObject *object)
{
  HearthItemCard *self = HEARTH_ITEM_CARD (object);

  G_OBJECT_CLASS (hearth_item_card_parent_class)->constructed (object);

  if (self->item != NULL)
    {
      g_return_if_fail (HEARTH_IS_INSTRUMENT (self->instrument));
      hearth_item_card_build (self);
      sync_buttons (self);
    }
  apply_editable (self);
}

static void
hearth_item_card_dispose (GObject *object)
{
  HearthItemCard *self = HEARTH_ITEM_CARD (object);
  GtkWidget *child;

  gtk_widget_dispose_template (GTK_WIDGET (self), HEARTH_TYPE_ITEM_CARD);
  /* Template children without an id are not cleared by the call above. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  self->not_known_button = NULL;
  self->not_known_row = NULL;
  g_clear_pointer (&self->buttons, g_ptr_array_unref);
  g_clear_pointer (&self->rows, g_ptr_array_unref);
  g_clear_pointer (&self->texts, g_ptr_array_unref);

  G_OBJECT_CLASS (hearth_item_card_parent_class)->dispose (object);
}

static void
hearth_item_card_finalize (GObject *object)
{
  HearthItemCard *self = HEARTH_ITEM_CARD (object);

  g_clear_pointer (&self->response, hearth_response_free);
  g_clear_object (&self->instrument);

  G_OBJECT_CLASS (hearth_item_card_parent_class)->finalize (object);
}

static void
hearth_item_card_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  HearthItemCard *self = HEARTH_ITEM_CARD (object);

  switch (prop_id)
    {
    case PROP_INSTRUMENT:
      g_value_set_object (value, self->instrument);
      break;

    case PROP_ITEM:
      g_value_set_pointer (value, (gpointer) self->item);
      break;

    case PROP_EDITABLE:
      g_value_set_boolean (value, self->editable);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hearth_item_card_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  HearthItemCard *self = HEARTH_ITEM_CARD (object);

  switch (prop_id)
    {
    case PROP_INSTRUMENT:
      self->instrument = g_value_dup_object (value);
      break;

    case PROP_ITEM:
      self->item = g_value_get_pointer (value);
      break;

    case PROP_EDITABLE:
      hearth_item_card_set_editable (self, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hearth_item_card_class_init (HearthItemCardClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = hearth_item_card_constructed;
  object_class->dispose = hearth_item_card_dispose;
  object_class->finalize = hearth_item_card_finalize;
  object_class->get_property = hearth_item_card_get_property;
  object_class->set_property = hearth_item_card_set_property;

  properties[PROP_INSTRUMENT] =
    g_param_spec_object ("instrument", NULL, NULL,
                         HEARTH_TYPE_INSTRUMENT,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  /* A HearthInstrumentItem owned by the instrument. */
  properties[PROP_ITEM] =
    g_param_spec_pointer ("item", NULL, NULL,
                          G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  properties[PROP_EDITABLE] =
    g_param_spec_boolean ("editable", NULL, NULL,
                          TRUE,
                          G_PARAM_READWRITE | G_PARAM_CONSTRUCT | G_PARAM_EXPLICIT_NOTIFY
                          | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * HearthItemCard::changed:
   *
   * The user changed the level, "not known" or the note; read the result
   * with hearth_item_card_get_response(). Not emitted by
   * hearth_item_card_set_response().
   */
  signals[CHANGED] =
    g_signal_new ("changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/forms/hearth-item-card.ui");
  gtk_widget_class_bind_template_child (widget_class, HearthItemCard, title_label);
  gtk_widget_class_bind_template_child (widget_class, HearthItemCard, meta_label);
  gtk_widget_class_bind_template_child (widget_class, HearthItemCard, guidance_label);
  gtk_widget_class_bind_template_child (widget_class, HearthItemCard, level_list);
  gtk_widget_class_bind_template_child (widget_class, HearthItemCard, note_list);
  gtk_widget_class_bind_template_child (widget_class, HearthItemCard, note_row);
  gtk_widget_class_bind_template_callback (widget_class, row_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, note_changed_cb);

  gtk_widget_class_set_css_name (widget_class, "itemcard");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_RADIO_GROUP);
}

static void
hearth_item_card_init (HearthItemCard *self)
{
  GtkEventController *keys;

  self->buttons = g_ptr_array_new ();
  self->rows = g_ptr_array_new ();
  self->texts = g_ptr_array_new ();
  self->editable = TRUE;

  gtk_widget_init_template (GTK_WIDGET (self));

  keys = gtk_event_controller_key_new ();
  g_signal_connect_object (keys, "key-pressed", G_CALLBACK (key_pressed_cb), self, 0);
  gtk_widget_add_controller (GTK_WIDGET (self), keys);
}

/**
 * hearth_item_card_new:
 * @instrument: the instrument @item belongs to
 * @item: the item to rate
 *
 * Returns: (transfer floating): a card with nothing rated
 */
GtkWidget *
hearth_item_card_new (HearthInstrument           *instrument,
                      const HearthInstrumentItem *item)
{
  g_return_val_if_fail (HEARTH_IS_INSTRUMENT (instrument), NULL);
  g_return_val_if_fail (item != NULL, NULL);

  return g_object_new (HEARTH_TYPE_ITEM_CARD,
                       "instrument", instrument,
                       "item", item,
                       NULL);
}

/**
 * hearth_item_card_get_item:
 * @self: a card
 *
 * Returns: (transfer none) (nullable): the item the card rates
 */
const HearthInstrumentItem *
hearth_item_card_get_item (HearthItemCard *self)
{
  g_return_val_if_fail (HEARTH_IS_ITEM_CARD (self), NULL);

  return self->item;
}

/**
 * hearth_item_card_get_response:
 * @self: a card with an item
 *
 * Returns: (transfer none): the card's current answer: level, "not known"
 *   and note
 */
const HearthResponse *
hearth_item_card_get_response (HearthItemCard *self)
{
  g_return_val_if_fail (HEARTH_IS_ITEM_CARD (self), NULL);

  return self->response;
}

/**
 * hearth_item_card_set_response:
 * @self: a card with an item
 * @response: (nullable): a stored answer for the item, or %NULL for none
 *
 * Shows @response without emitting #HearthItemCard::changed. A level off
 * the scale, or "not known" on an item that does not allow it, shows as
 * not rated (the answer came from a file, so it is not asserted on).
 */
void
hearth_item_card_set_response (HearthItemCard       *self,
                               const HearthResponse *response)
{
  g_return_if_fail (HEARTH_IS_ITEM_CARD (self));
  g_return_if_fail (self->response != NULL);

  self->response->level = HEARTH_LEVEL_NONE;
  self->response->not_known = FALSE;
  g_clear_pointer (&self->response->note, g_free);
  g_clear_pointer (&self->response->value, g_free);

  if (response != NULL)
    {
      if (response->not_known && self->item->allow_not_known)
        self->response->not_known = TRUE;
      else if (!response->not_known && response->level >= 1
               && response->level <= (int) self->buttons->len)
        self->response->level = response->level;
      self->response->note = g_strdup (response->note);
      self->response->value = g_strdup (response->value);
    }

  self->updating = TRUE;
  gtk_editable_set_text (GTK_EDITABLE (self->note_row),
                         self->response->note != NULL ? self->response->note : "");
  self->updating = FALSE;

  sync_buttons (self);
}

/**
 * hearth_item_card_get_editable:
 * @self: a card
 *
 * Returns: whether the user may change the answer
 */
gboolean
hearth_item_card_get_editable (HearthItemCard *self)
{
  g_return_val_if_fail (HEARTH_IS_ITEM_CARD (self), FALSE);

  return self->editable;
}

/**
 * hearth_item_card_set_editable:
 * @self: a card
 * @editable: whether the user may change the answer
 *
 * A card that is not editable makes its level choices insensitive and its
 * note read-only, and keeps every text readable and selectable.
 */
void
hearth_item_card_set_editable (HearthItemCard *self,
                               gboolean        editable)
{
  g_return_if_fail (HEARTH_IS_ITEM_CARD (self));

  editable = !!editable;
  if (self->editable == editable)
    return;

  self->editable = editable;
  apply_editable (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EDITABLE]);
}

/**
 * hearth_item_card_get_level_button:
 * @self: a card with an item
 * @level: a level of the scale, or %HEARTH_LEVEL_NONE for "not known"
 *
 * Returns: (transfer none) (nullable): the radio button of @level, or
 *   %NULL when the scale (or the item's "not known") has no such choice
 */
GtkWidget *
hearth_item_card_get_level_button (HearthItemCard *self,
                                   int             level)
{
  g_return_val_if_fail (HEARTH_IS_ITEM_CARD (self), NULL);

  if (level == HEARTH_LEVEL_NONE)
    return (GtkWidget *) self->not_known_button;
  if (level < 1 || level > (int) self->buttons->len)
    return NULL;
  return g_ptr_array_index (self->buttons, level - 1);
}

/**
 * hearth_item_card_get_note_row:
 * @self: a card
 *
 * Returns: (transfer none): the row where the note is typed
 */
GtkWidget *
hearth_item_card_get_note_row (HearthItemCard *self)
{
  g_return_val_if_fail (HEARTH_IS_ITEM_CARD (self), NULL);

  return GTK_WIDGET (self->note_row);
}
