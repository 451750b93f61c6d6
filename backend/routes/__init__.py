"""HTTP routers, split by area; `backend.app.create_app` mounts them."""
