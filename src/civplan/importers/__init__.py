"""Reading report tables from documents into plans."""
