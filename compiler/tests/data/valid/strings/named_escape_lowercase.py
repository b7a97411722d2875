"\N{latin small letter a}"
