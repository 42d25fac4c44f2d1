// The welcome page's words, in the user's language (the page itself is extension/pages/welcome.html).

import { localizePage } from "../shared/page-text";

localizePage(document);
