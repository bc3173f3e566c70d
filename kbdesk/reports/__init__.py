"""Reports over the archive: SLA statistics and the fault report."""
