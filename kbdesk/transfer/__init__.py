"""Moving records in and out of an archive: JSON Lines, CSV."""
