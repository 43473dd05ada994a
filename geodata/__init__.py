"""geodata: the pipeline library behind the conflict timeline dashboard.

readers -> language -> sentences -> geoparse (recognise, resolve) -> dates -> store -> queries.
This package never imports streamlit.
"""

from geodata.model import Article, DateInfo, Mention, Place, ReadError

__all__ = ["Article", "DateInfo", "Mention", "Place", "ReadError"]
__version__ = "0.1.0"
