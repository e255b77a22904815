/* hearth-xml.h
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

#pragma once

#include <gio/gio.h>
#include <libxml/tree.h>

G_BEGIN_DECLS

/* Limits for XML that comes from outside the program. */
#define HEARTH_XML_MAX_SIZE  (2 * 1024 * 1024)
#define HEARTH_XML_MAX_DEPTH 32

/* The one place core defines cleanups for libxml2 handles. */
G_DEFINE_AUTOPTR_CLEANUP_FUNC (xmlDoc, xmlFreeDoc)

GBytes   *hearth_xml_load_file           (GFile       *file,
                                          gsize        max_size,
                                          GError     **error);
xmlDoc   *hearth_xml_parse_untrusted     (GBytes      *bytes,
                                          const char  *display_name,
                                          GError     **error);
gboolean  hearth_xml_validate            (xmlDoc      *doc,
                                          const char  *schema_resource,
                                          const char  *display_name,
                                          GError     **error);
char     *hearth_xml_collapse_space      (const char  *text);
char     *hearth_xml_dup_text            (xmlNode     *node);
char     *hearth_xml_dup_prop            (xmlNode     *node,
                                          const char  *name);
gboolean  hearth_xml_is_element          (xmlNode     *node,
                                          const char  *name);
int       hearth_xml_get_line            (xmlNode     *node);

G_END_DECLS
