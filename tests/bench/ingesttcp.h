// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The pfsmon authors
#pragma once

// bench_ingest's TCP part (ingesttcp.cpp): prints its figures beside a
// minimal reader's; false on any loss.
bool benchTcpIngest(bool quick);
