# -*- coding: cp037 -*-
§@~@ñ%