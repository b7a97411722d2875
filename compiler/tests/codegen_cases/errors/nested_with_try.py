with a:
    try:
        while b:
            with a:
                try:
                    while b:
                        with a:
                            try:
                                while b:
                                    with a:
                                        try:
                                            while b:
                                                with a:
                                                    try:
                                                        while b:
                                                            with a:
                                                                try:
                                                                    while b:
                                                                        with a:
                                                                            try:
                                                                                while b:
                                                                                    with a:
                                                                                        try:
                                                                                            while b:
                                                                                                pass
                                                                                        finally: pass
                                                                            finally: pass
                                                                finally: pass
                                                    finally: pass
                                        finally: pass
                            finally: pass
                finally: pass
    finally: pass
