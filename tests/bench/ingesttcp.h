#pragma once

// bench_ingest's TCP part (ingesttcp.cpp): prints its figures beside a
// minimal reader's; false on any loss.
bool benchTcpIngest(bool quick);
