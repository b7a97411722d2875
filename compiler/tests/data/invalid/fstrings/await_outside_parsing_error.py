f"{await}"
