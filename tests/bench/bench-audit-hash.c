/* bench-audit-hash.c
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

#include "config.h"

#include "store/hearth-store-private.h"

/*
 * An SQLite extension, for bench-store only, that gives the sqlite3 shell
 * the hearth_audit_hash() function the store registers on its own
 * connections. The audit table's trigger calls it for every new row, so
 * without it the shell cannot save anything; with it, the shell's save
 * does exactly the store's work (the same SQL, trigger and hashing) and
 * the comparison stays fair. The shell loads it with `.load`, and it calls
 * the same libsqlite3 as the shell does.
 */

struct sqlite3_api_routines;

int sqlite3_extension_init (sqlite3                            *db,
                            char                              **error_message,
                            const struct sqlite3_api_routines  *api);

int
sqlite3_extension_init (sqlite3                            *db,
                        char                              **error_message,
                        const struct sqlite3_api_routines  *api)
{
  return hearth_store_chain_register (db);
}
